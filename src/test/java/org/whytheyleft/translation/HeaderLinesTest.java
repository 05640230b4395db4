package org.whytheyleft.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HeaderLinesTest {

    private static String edited(String page, java.util.function.Consumer<HeaderLines> edit) {
        HeaderLines lines = HeaderLines.of(page.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        edit.accept(lines);
        return new String(lines.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void setsAFieldInPlaceOrAsTheHeadersLastLine() {
        String page = "title=T\nlang=en\n~~~~~~\nBody\nlang=not a header line\n";

        assertEquals("title=T\nlang=es\n~~~~~~\nBody\nlang=not a header line\n",
                edited(page, lines -> lines.set("lang", "es")));
        assertEquals("title=T\nlang=en\nsource=nl\n~~~~~~\nBody\nlang=not a header line\n",
                edited(page, lines -> lines.set("source", "nl")));
        assertEquals("lang=en\n~~~~~~\nBody\nlang=not a header line\n", edited(page, lines -> lines.remove("title")));
    }

    @Test
    void keepsTheByteOrderMarkAndEveryLineEnd() {
        String page = "\uFEFFtitle=T\r\nlang=en\r\n~~~~~~\r\nBody\nmixed\rends";

        assertEquals("\uFEFFtitle=T\r\nlang=es\r\nsource=nl\r\n~~~~~~\r\nBody\nmixed\rends",
                edited(page, lines -> {
                    lines.set("lang", "es");
                    lines.set("source", "nl");
                }));
        assertEquals("\uFEFFlang=en\r\n~~~~~~\r\nBody\nmixed\rends", edited(page, lines -> lines.remove("title")));
    }

    @Test
    void aPageWithoutHeaderEndHasNoHeaderToEdit() {
        assertTrue(HeaderLines.of("title=T\nBody\n".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
