package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The Markdown of {@code target/bench/report.md}, section by section, with the command behind every figure. */
final class Report {

    private static final double TARGET_WALL_MS = 10_000;
    private static final double TARGET_PEAK_MIB = 512;
    private static final double TARGET_SPEED_UP = 5;
    private static final double TARGET_PREVIEW_MS = 1_000;

    private final boolean quick;
    private final String arguments;
    private final String loadBefore = load();
    private final List<Comparison> all = new ArrayList<>();
    private final StringBuilder commands = new StringBuilder();
    private final List<String> targets = new ArrayList<>();
    private String preview = "";
    private String weight = "";
    private String profile = "";

    Report(boolean quick, String arguments) {
        this.quick = quick;
        this.arguments = arguments;
    }

    void real(Comparison real, String ours, String stock, Path logback) {
        all.add(real);
        commands(real, ours, stock, logback);
        targets.add(mark(real.oursWall() <= real.stockWall()) + " The real site: our whole build at most as slow"
                + " as stock JBake on the same content: " + ms(real.oursWall()) + " against "
                + ms(real.stockWall()) + " (medians, whole process; CPU time " + ms(Comparison.median(real.ours(),
                BakeRun::cpuMillis)) + " against " + ms(Comparison.median(real.stock(), BakeRun::cpuMillis)) + ").");
    }

    void sizes(List<Comparison> sizes, String ours, String stock, Path logback) {
        for (Comparison size : sizes) {
            all.add(size);
            commands(size, ours, stock, logback);
            if (size.sites().pages() == 1000) {
                double speedUp = size.stockWall() / size.oursWall();
                targets.add(mark(size.oursWall() <= TARGET_WALL_MS) + " 1,000 pages in at most 10 s wall: "
                        + ms(size.oursWall()) + " (median; first bake with an empty card cache "
                        + ms(size.oursFirst().wallMillis()) + ").");
                double firstPeak = size.oursFirst().peakKib() / 1024.0;
                targets.add(mark(size.oursPeakMib() <= TARGET_PEAK_MIB && firstPeak <= TARGET_PEAK_MIB)
                        + " 1,000 pages in at most 512 MiB peak: " + mib(size.oursPeakMib()) + " (median; first bake"
                        + " with an empty card cache " + mib(firstPeak) + ").");
                double cpuRatio = Comparison.median(size.stock(), BakeRun::cpuMillis)
                        / Comparison.median(size.ours(), BakeRun::cpuMillis);
                targets.add(mark(speedUp >= TARGET_SPEED_UP) + " At least 5 x faster than stock JBake on the same"
                        + " 1,000 pages: " + String.format(Locale.ROOT, "%.1f x by wall time, %.1f x by CPU time",
                        speedUp, cpuRatio) + ".");
            }
        }
        if (sizes.size() > 2) {
            Comparison a = sizes.get(0);
            Comparison b = sizes.get(1);
            Comparison y = sizes.get(sizes.size() - 2);
            Comparison z = sizes.get(sizes.size() - 1);
            double first = marginal(a, b, BakeRun::cpuMillis);
            double last = marginal(y, z, BakeRun::cpuMillis);
            targets.add(mark(last <= 1.5 * first) + " Time per page about constant (no quadratic step), judged by"
                    + " CPU time, which other work on the machine disturbs least: each page added from "
                    + a.sites().pages() + " to " + b.sites().pages() + " pages costs " + String.format(Locale.ROOT,
                    "%.1f ms of CPU, from %d to %d pages %.1f ms (x %.2f); stock JBake %.1f ms and %.1f ms (x %.2f)."
                    + " By in-JVM bake time: ours %.1f ms and %.1f ms, stock %.1f ms and %.1f ms.", first,
                    y.sites().pages(), z.sites().pages(), last, last / first, stockCpu(a, b), stockCpu(y, z),
                    stockCpu(y, z) / stockCpu(a, b), marginal(a, b, BakeRun::bakeMillis),
                    marginal(y, z, BakeRun::bakeMillis), marginal(a, b, null), marginal(y, z, null)));
        }
    }

    private static double stockCpu(Comparison smaller, Comparison larger) {
        return (Comparison.median(larger.stock(), BakeRun::cpuMillis)
                - Comparison.median(smaller.stock(), BakeRun::cpuMillis))
                / (larger.sites().pages() - smaller.sites().pages());
    }

    /**
     * What each page added from one size to the next costs: the difference of the median bake times over the
     * difference of the page counts, which start-up costs do not blur. Ours with {@code value}, stock with null.
     */
    static double marginal(Comparison smaller, Comparison larger, ToDoubleFunction<BakeRun> value) {
        double from = value == null ? Comparison.median(smaller.stock(), BakeRun::bakeMillis)
                : Comparison.median(smaller.ours(), value);
        double to = value == null ? Comparison.median(larger.stock(), BakeRun::bakeMillis)
                : Comparison.median(larger.ours(), value);
        return (to - from) / (larger.sites().pages() - smaller.sites().pages());
    }

    void preview(List<Double> latencies) {
        double median = median(latencies);
        StringBuilder out = new StringBuilder("Saving `" + PreviewLatency.CHAPTER + "` (a new sentence each time)"
                + " in a running preview, until `/" + PreviewLatency.PAGE + "` is served with it: ");
        latencies.forEach(l -> out.append(ms(l)).append(", "));
        out.append("median **").append(ms(median)).append("**.\n\nCommand: `java -Dpreview.port=<free port> -cp "
                + "<our classpath> org.whytheyleft.preview.Preview target/bench/preview/project "
                + "target/bench/preview/project/target/site`, then the edits from `PreviewLatency`.\n");
        preview = out.toString();
        targets.add(mark(median <= TARGET_PREVIEW_MS) + " Preview: an edit of one chapter served rebuilt within"
                + " 1 s: " + ms(median) + " (median).");
    }

    void weight(List<PageWeight> pages) {
        StringBuilder out = new StringBuilder("Every HTML page of the real site as built by our build "
                + "(`target/bench/real/out-ours`): the HTML, its stylesheets and the images and icons it loads. "
                + "gzip at the default level; images count as they are.\n\n"
                + "| page | HTML | HTML gzip | CSS | CSS gzip | total | total gzip | requests |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PageWeight page : pages) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d |%n", page.page(),
                    page.htmlBytes(), page.htmlGzip(), page.cssBytes(), page.cssGzip(), page.totalBytes(),
                    page.totalGzip(), page.requests()));
        }
        PageWeight heaviest = pages.stream().max(Comparator.comparingLong(PageWeight::totalGzip)).orElseThrow();
        out.append("\nHeaviest page: **").append(heaviest.page()).append("**, ").append(heaviest.totalBytes())
                .append(" bytes, ").append(heaviest.totalGzip()).append(" bytes gzip, ").append(heaviest.requests())
                .append(" requests.\n");
        weight = out.toString();
    }

    void profile(Sites sites, String summary, String findings, Path recording) {
        profile = findings.strip() + "\n\n### This run's profile\n\nOur bake of " + sites.name() + " with "
                + "`-XX:StartFlightRecording=filename=" + recording.getFileName() + ",settings=profile` (the "
                + "recording is `target/bench/" + recording.getFileName() + "`; open it in JDK Mission Control or"
                + " `jfr print`):\n\n" + summary;
    }

    String toMarkdown() throws IOException {
        StringBuilder out = new StringBuilder("# Benchmark: build time and page weight\n\n");
        out.append("Made by `bench/run").append(arguments.isEmpty() ? "" : " " + arguments).append("` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(quick ? " (quick: the real site and"
                        + " 100 pages only)" : "").append(".\n\n").append(machine()).append("\n\n");
        out.append("## Bake times\n\n").append(Tables.times(all)).append('\n').append(Tables.legend()).append('\n');
        out.append("## Targets\n\n");
        targets.forEach(t -> out.append("- ").append(t).append('\n'));
        out.append("\n## Preview latency\n\n").append(preview).append("\n## Page weight\n\n").append(weight);
        out.append("\n## Profile (JFR)\n\n").append(profile).append("\n## Commands\n\n").append(commands);
        return out.toString();
    }

    private void commands(Comparison comparison, String ours, String stock, Path logback) {
        Sites sites = comparison.sites();
        commands.append("- ").append(sites.name()).append(", ours: `java -cp ").append(shortened(ours))
                .append(' ').append(String.join(" ", tail(sites.oursCommand(ours, List.of()), 3)))
                .append("`\n- ").append(sites.name()).append(", stock JBake: `java -Dlogback.configurationFile=")
                .append(logback.getFileName()).append(" -Dlog.console.level=SEVERE -cp ").append(shortened(stock))
                .append(' ').append(String.join(" ", tail(sites.stockCommand(stock, logback, List.of()), 4)))
                .append("`\n");
    }

    private static List<String> tail(List<String> command, int n) {
        return command.subList(command.size() - n, command.size());
    }

    private static String shortened(String classpath) {
        return "<" + classpath.split(":").length + " jars and folders, target/bench/classpath-"
                + (classpath.contains("jbake-core") && !classpath.contains("classes") ? "stock" : "ours") + ".txt>";
    }

    private String machine() throws IOException {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.vm.version") + ", peak memory and CPU time from "
                + (Files.isExecutable(Path.of("/usr/bin/time")) ? "`/usr/bin/time`" : "`/proc/<pid>/status` VmHWM")
                + "; load average before " + loadBefore + ", after " + load() + " (other work on the machine slows"
                + " both builds alike: runs alternate, figures are medians).";
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String mark(boolean met) {
        return met ? "**met**:" : "**missed**:";
    }

    static String ms(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    static String mib(double mib) {
        return String.format(Locale.ROOT, "%.0f MiB", mib);
    }
}
