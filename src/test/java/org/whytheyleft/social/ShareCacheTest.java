package org.whytheyleft.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareCacheTest {

    private final SocialCardRenderer renderer = new SocialCardRenderer();
    private final AtomicInteger drawn = new AtomicInteger();

    private byte[] draw(CardText text) {
        drawn.incrementAndGet();
        return renderer.render(text);
    }

    @Test
    void aCardWithTheSameTextComesFromTheCacheWithTheSameBytes(@TempDir Path dir) throws Exception {
        CardText text = new CardText("Brutality", "Reason 2 of 4", "Why they left IS");
        byte[] first = new ShareCache(dir).get("png", "Brutality\nReason 2 of 4\nWhy they left IS", () -> draw(text));
        byte[] again = new ShareCache(dir).get("png", "Brutality\nReason 2 of 4\nWhy they left IS", () -> draw(text));

        assertEquals(1, drawn.get(), "drawn once");
        assertArrayEquals(renderer.render(text), again, "the cached bytes are the card as drawn");
        assertArrayEquals(first, again);
    }

    @Test
    void anotherTextOrKindIsDrawnAnew(@TempDir Path dir) throws Exception {
        ShareCache cache = new ShareCache(dir);
        cache.get("png", "One", () -> draw(new CardText("One", null, "Site")));
        cache.get("png", "Two", () -> draw(new CardText("Two", null, "Site")));
        cache.get("qr.png", "One", () -> draw(new CardText("One", null, "Site")));

        assertEquals(3, drawn.get());
    }

    @Test
    void withoutAFolderEveryCardIsDrawn() throws Exception {
        ShareCache none = new ShareCache(null);
        none.get("png", "One", () -> draw(new CardText("One", null, "Site")));
        none.get("png", "One", () -> draw(new CardText("One", null, "Site")));

        assertEquals(2, drawn.get());
    }
}
