package org.whytheyleft.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whytheyleft.config.Direction;

/** A leaflet is laid out once per distinct HTML, date and direction; every later build reads the same bytes back. Counts only. */
class PdfCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void laysOutEachInputOnce(@TempDir Path dir) throws Exception {
        AtomicInteger layouts = new AtomicInteger();
        PdfCache.Layout layout = (html, date, direction) -> {
            layouts.incrementAndGet();
            return (html + " " + date + " " + direction).getBytes(StandardCharsets.UTF_8);
        };
        byte[] first = new PdfCache(dir, layout).get("<p>nl</p>", DAY, Direction.LTR);
        byte[] again = new PdfCache(dir, layout).get("<p>nl</p>", DAY, Direction.LTR);
        assertEquals(1, layouts.get(), "a second build reads the leaflet back");
        assertArrayEquals(first, again);

        new PdfCache(dir, layout).get("<p>en</p>", DAY, Direction.LTR);
        new PdfCache(dir, layout).get("<p>nl</p>", DAY.plusDays(1), Direction.LTR);
        new PdfCache(dir, layout).get("<p>nl</p>", DAY, Direction.RTL);
        assertEquals(4, layouts.get(), "other HTML, another date or the other direction is laid out anew");
    }
}
