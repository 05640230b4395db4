package org.whytheyleft.bench;

import java.util.List;
import java.util.Locale;

/** The bake-time table of the report: one row per site, our build against stock JBake. */
final class Tables {

    private Tables() {
    }

    static String times(List<Comparison> all) {
        StringBuilder out = new StringBuilder("| site | pages | runs | ours wall | ours bake | ours ms/page"
                + " | ours ms/added page | ours peak | ours CPU | ours first bake | stock wall | stock bake"
                + " | stock ms/added page | stock peak | stock CPU | ours/stock wall | speed-up |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Comparison previous = null;
        for (Comparison c : all) {
            int pages = c.sites().pages();
            double oursBake = Comparison.median(c.ours(), BakeRun::bakeMillis);
            boolean grown = previous != null && !previous.sites().name().equals("real site")
                    && previous.sites().pages() < pages;
            String oursAdded = grown ? one(Report.marginal(previous, c, BakeRun::bakeMillis)) : "";
            String stockAdded = grown ? one(Report.marginal(previous, c, null)) : "";
            previous = c;
            out.append(String.join(" | ", "| " + c.sites().name(), String.valueOf(pages),
                    c.ours().size() + " + " + c.stock().size(), Report.ms(c.oursWall()), Report.ms(oursBake),
                    one(oursBake / pages), oursAdded, Report.mib(c.oursPeakMib()),
                    Report.ms(Comparison.median(c.ours(), BakeRun::cpuMillis)),
                    Report.ms(c.oursFirst().wallMillis()), Report.ms(c.stockWall()),
                    Report.ms(Comparison.median(c.stock(), BakeRun::bakeMillis)), stockAdded,
                    Report.mib(Comparison.median(c.stock(), BakeRun::peakKib) / 1024),
                    Report.ms(Comparison.median(c.stock(), BakeRun::cpuMillis)),
                    String.format(Locale.ROOT, "%.2f", c.oursWall() / c.stockWall()),
                    String.format(Locale.ROOT, "%.1f x |", c.stockWall() / c.oursWall()))).append('\n');
        }
        return out.toString();
    }

    static String legend() {
        return """
                Medians of the runs (ours + stock, alternating). *wall*: the whole process, from starting `java` to \
                its exit. *bake*: what the build reports from inside the JVM (ours: read, check, bake, cards, feeds; \
                stock: JBake's "Baked N items in …ms"). *ms/page*: bake over pages, start-up included. *ms/added \
                page*: what each page added since the size above costs (difference of bakes over difference of \
                pages), which start-up does not blur. *peak*: largest resident memory. *CPU*: user + system time of \
                all threads, JIT and GC included, which other work on the machine disturbs less than wall time. \
                *first bake*: our bake before those runs, with an empty card cache (`target/share-cache`); every \
                later bake of the same pages finds its cards there. *speed-up*: stock wall / ours wall.
                """;
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
