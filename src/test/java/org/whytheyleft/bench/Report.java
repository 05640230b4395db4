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

    // The targets of issue 14, medians of whole processes on this 2-core machine.
    private static final double TARGET_REAL_MS = 1_000;
    private static final double TARGET_REAL_RATIO = 0.25;
    private static final double TARGET_1000_WARM_MS = 6_000;
    private static final double TARGET_1000_CLEAN_MS = 15_000;
    private static final double TARGET_PEAK_MIB = 512;
    private static final double TARGET_PREVIEW_MS = 300;
    private static final double TARGET_README_MS = 3_000;

    private final boolean quick;
    private final String arguments;
    private final String loadBefore = load();
    private final List<Comparison> all = new ArrayList<>();
    private final StringBuilder commands = new StringBuilder();
    private final List<String> targets = new ArrayList<>();
    private String readme = "";
    private String history = "";
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
        double ratio = real.oursWall() / real.stockWall();
        target("The real site, whole process, at most 1.0 s", ms(real.oursWall()) + " (median; CPU "
                + ms(Comparison.median(real.ours(), BakeRun::cpuMillis)) + ")", real.oursWall() <= TARGET_REAL_MS);
        target("The real site at most 0.25 x stock JBake in the same run", String.format(Locale.ROOT,
                "%.2f x (%s against %s)", ratio, ms(real.oursWall()), ms(real.stockWall())),
                ratio <= TARGET_REAL_RATIO);
    }

    void sizes(List<Comparison> sizes, String ours, String stock, Path logback) {
        boolean thousand = false;
        for (Comparison size : sizes) {
            all.add(size);
            commands(size, ours, stock, logback);
            if (size.sites().pages() == 1000) {
                thousand = true;
                target("1,000 pages, card and leaflet caches filled, at most 6 s", ms(size.oursWall())
                        + String.format(Locale.ROOT, " (median; %.2f x stock JBake's %s)",
                        size.oursWall() / size.stockWall(), ms(size.stockWall())),
                        size.oursWall() <= TARGET_1000_WARM_MS);
                target("1,000 pages from a clean clone (cards drawn) at most 15 s",
                        ms(size.oursFirst().wallMillis()) + " (one first bake)",
                        size.oursFirst().wallMillis() <= TARGET_1000_CLEAN_MS);
                double firstPeak = size.oursFirst().peakKib() / 1024.0;
                target("1,000 pages in at most 512 MiB peak", mib(size.oursPeakMib()) + " (median), first bake "
                        + mib(firstPeak), size.oursPeakMib() <= TARGET_PEAK_MIB && firstPeak <= TARGET_PEAK_MIB);
            }
        }
        if (!thousand) {
            target("1,000 pages: filled caches at most 6 s, clean at most 15 s, at most 512 MiB",
                    "not measured (run without --quick)", null);
        }
        if (sizes.size() > 2) {
            Comparison a = sizes.get(0);
            Comparison b = sizes.get(1);
            Comparison y = sizes.get(sizes.size() - 2);
            Comparison z = sizes.get(sizes.size() - 1);
            double first = marginal(a, b, BakeRun::cpuMillis);
            double last = marginal(y, z, BakeRun::cpuMillis);
            target("Time per added page constant from " + a.sites().pages() + " to " + z.sites().pages()
                    + " pages (judged by CPU time, within 1.5 x)", String.format(Locale.ROOT,
                    "%.1f ms of CPU per page from %d to %d, %.1f ms from %d to %d (x %.2f); stock JBake %.1f and"
                    + " %.1f ms (x %.2f)", first, a.sites().pages(), b.sites().pages(), last, y.sites().pages(),
                    z.sites().pages(), last / first, stockCpu(a, b), stockCpu(y, z),
                    stockCpu(y, z) / stockCpu(a, b)), last <= 1.5 * first);
        } else {
            target("Time per added page constant from 100 to 2,000 pages", "not measured (needs three sizes)",
                    null);
        }
    }

    /** The README's build command on the real site with nothing changed since the last build. */
    void readme(List<BakeRun> runs, String command) {
        double wall = Comparison.median(runs, BakeRun::wallMillis);
        StringBuilder out = new StringBuilder("`" + command + "` in the project, nothing changed since the last"
                + " build, " + runs.size() + " runs: ");
        runs.forEach(run -> out.append(ms(run.wallMillis())).append(" (CPU ").append(ms(run.cpuMillis()))
                .append("), "));
        out.append("median **").append(ms(wall)).append("**, peak ").append(mib(Comparison.median(runs,
                BakeRun::peakKib) / 1024)).append(".\n");
        readme = out.toString();
        target("The README's build command, Maven included, nothing changed: at most 3 s", ms(wall)
                + " (median; CPU " + ms(Comparison.median(runs, BakeRun::cpuMillis)) + ")", wall <= TARGET_README_MS);
    }

    /** The changes that paid, with their figures before and after: {@code bench/history.md}, as written. */
    void history(String table) {
        history = table.strip() + "\n";
    }

    private void target(String name, String figure, Boolean met) {
        targets.add("| " + name + " | " + figure + " | " + (met == null ? "not measured" : met ? "**met**"
                : "**missed**") + " |");
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

    void preview(List<PreviewLatency.Edit> edits) {
        List<Double> served = edits.stream().map(PreviewLatency.Edit::served).toList();
        List<Double> announced = edits.stream().map(PreviewLatency.Edit::announced).toList();
        double median = median(served);
        StringBuilder out = new StringBuilder("Saving `" + PreviewLatency.CHAPTER + "` (a new sentence each time)"
                + " in a running preview, until its events (`/_preview/events`, which an open page's reload script"
                + " listens to) announce the new build: ");
        announced.forEach(l -> out.append(ms(l)).append(", "));
        out.append("median **").append(ms(median(announced))).append("** (edit to reload); until `/")
                .append(PreviewLatency.PAGE).append("` is served with it: ");
        served.forEach(l -> out.append(ms(l)).append(", "));
        out.append("median **").append(ms(median)).append("**.\n\nCommand: `java -XX:TieredStopAtLevel=1"
                + " -Dpreview.port=<free port> -cp <our classpath> org.whytheyleft.preview.Preview"
                + " target/bench/preview/project target/bench/preview/project/target/site`, then the edits from `PreviewLatency`.\n");
        preview = out.toString();
        target("Preview: an edit served rebuilt in at most 0.3 s", ms(median) + " (median of " + served.size()
                + "; announced to the open page in " + ms(median(announced)) + ")", median <= TARGET_PREVIEW_MS);
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
        out.append("## Targets\n\n| target | figure | |\n|---|---|---|\n");
        targets.forEach(t -> out.append(t).append('\n'));
        out.append("\n## Bake times\n\n").append(Tables.times(all)).append('\n').append(Tables.legend()).append('\n');
        out.append("![Bake time against pages](bake-times.svg)\n\n");
        out.append("## The README's build command\n\n").append(readme);
        out.append("\n## History\n\n").append(history);
        out.append("\n## Preview latency\n\n").append(preview).append("\n## Page weight\n\n").append(weight);
        out.append("\n## Profile (JFR)\n\n").append(profile).append("\n## Commands\n\n").append(commands);
        return out.toString();
    }

    private void commands(Comparison comparison, String ours, String stock, Path logback) {
        Sites sites = comparison.sites();
        commands.append("- ").append(sites.name()).append(", ours: `java ").append(String.join(" ",
                Bench.oursJvm(Path.of("target/bench")))).append(" -cp ").append(shortened(ours))
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
                + (classpath.contains("why-they-left") ? "ours" : "stock") + ".txt>";
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

    static String ms(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    static String mib(double mib) {
        return String.format(Locale.ROOT, "%.0f MiB", mib);
    }
}
