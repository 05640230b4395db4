package org.whytheyleft.bench;

import java.util.List;
import java.util.Locale;

/** The bake-time table of the report: one row per site, our build against stock JBake. */
final class Tables {

    private Tables() {
    }

    static String times(List<Comparison> all) {
        StringBuilder out = new StringBuilder("| site | pages | runs | ours wall | ours bake | ours ms/page | ours peak"
                + " | ours CPU | ours first bake | stock wall | stock bake | stock peak | stock CPU | ours/stock"
                + " wall | speed-up |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Comparison c : all) {
            int pages = c.sites().pages();
            double oursBake = Comparison.median(c.ours(), BakeRun::bakeMillis);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d + %d | %s | %s | %.1f | %s | %s | %s | %s | %s |"
                            + " %s | %s | %.2f | %.1f x |%n", c.sites().name(), pages, c.ours().size(),
                    c.stock().size(), Report.ms(c.oursWall()), Report.ms(oursBake), oursBake / pages,
                    Report.mib(c.oursPeakMib()), Report.ms(Comparison.median(c.ours(), BakeRun::cpuMillis)),
                    Report.ms(c.oursFirst().wallMillis()), Report.ms(c.stockWall()),
                    Report.ms(Comparison.median(c.stock(), BakeRun::bakeMillis)),
                    Report.mib(Comparison.median(c.stock(), BakeRun::peakKib) / 1024),
                    Report.ms(Comparison.median(c.stock(), BakeRun::cpuMillis)), c.oursWall() / c.stockWall(),
                    c.stockWall() / c.oursWall()));
        }
        return out.toString();
    }

    static String legend() {
        return """
                Medians of the runs (ours + stock, alternating). *wall*: the whole process, from starting `java` to \
                its exit. *bake*: what the build reports from inside the JVM (ours: read, check, bake, cards, feeds; \
                stock: JBake's "Baked N items in …ms"). *peak*: largest resident memory. *CPU*: user + system time \
                of all threads, JIT and GC included, which other work on the machine disturbs less than wall time. \
                *first bake*: our bake before those runs, with an empty card cache (`target/share-cache`); every \
                later bake of the same pages finds its cards there. *speed-up*: stock wall / ours wall.
                """;
    }
}
