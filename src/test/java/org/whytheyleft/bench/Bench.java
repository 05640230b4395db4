package org.whytheyleft.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Entry point of {@code bench/run}: bakes the real site and synthetic sites with our build and with stock JBake,
 * measures the preview and the page weight, profiles one bake with JFR, and writes {@code target/bench/report.md}.
 * {@code --quick} does the real site and 100 pages only; {@code --pages 100,1000} chooses the synthetic sizes. Expects {@code target/bench/classpath-ours.txt} and
 * {@code classpath-stock.txt}, which {@code bench/run} writes.
 */
public final class Bench {

    private Bench() {
    }

    /**
     * How our build's JVM is started: C1 only (the bake is too short for C2 to pay back its compile time) and the
     * class data of an AppCDS archive that {@link #main} records once, from the jar, under {@code work}.
     */
    static List<String> oursJvm(Path work) {
        return List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:SharedArchiveFile="
                + work.resolve("ours.jsa"));
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        int pagesAt = options.indexOf("--pages");
        List<Integer> pageCounts = pagesAt >= 0 ? Stream.of(options.get(pagesAt + 1).split(","))
                .map(Integer::valueOf).toList() : quick ? List.of(100) : List.of(100, 1000, 2000);
        Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
        Path work = project.resolve("target/bench");
        String ours = Files.readString(work.resolve("classpath-ours.txt")).strip();
        String stock = Files.readString(work.resolve("classpath-stock.txt")).strip();
        Path logback = project.resolve("bench/stock-jbake/logback.xml");
        Path logs = work.resolve("logs");
        ProjectFiles.deleteTree(logs);
        Report report = new Report(quick, String.join(" ", args));
        List<String> jvm = oursJvm(work);

        Sites realSites = Sites.real(project, work);
        System.out.println("== class data archive of our build (one bake of the real site)");
        Files.deleteIfExists(work.resolve("ours.jsa"));
        BakeRun.of(realSites.oursCommand(ours, List.of("-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit="
                + work.resolve("ours.jsa"))), logs.resolve("archive.log"));
        Comparison real = Comparison.run(realSites, quick ? 3 : 5, ours, jvm, stock, logback, logs);
        report.real(real, ours, stock, logback);
        List<Comparison> sizes = new ArrayList<>();
        for (int pages : pageCounts) {
            Sites sites = Sites.synthetic(project, work, pages);
            sizes.add(Comparison.run(sites, pages <= 100 ? (quick ? 3 : 5) : 3, ours, jvm, stock, logback, logs));
        }
        report.sizes(sizes, ours, stock, logback);
        List<Comparison> plotted = new ArrayList<>(sizes);
        plotted.add(real);
        Files.writeString(work.resolve("bake-times.svg"), Plot.svg(plotted), StandardCharsets.UTF_8);

        System.out.println("== the README's build command, nothing changed");
        List<String> readme = List.of("./mvnw", "-q", "package", "-DskipTests");
        BakeRun.command(readme, project, logs.resolve("readme-0.log"));
        List<BakeRun> readmeRuns = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            readmeRuns.add(BakeRun.command(readme, project, logs.resolve("readme-" + i + ".log")));
        }
        report.readme(readmeRuns, String.join(" ", readme));
        report.history(Files.readString(project.resolve("bench/history.md"), StandardCharsets.UTF_8));

        System.out.println("== preview latency");
        report.preview(PreviewLatency.measure(project, work, ours, quick ? 3 : 5));
        report.weight(PageWeight.of(real.sites().oursOutput()));

        Sites profiled = sizes.stream().map(Comparison::sites).filter(s -> s.pages() == 1000).findFirst()
                .orElse(sizes.get(0).sites());
        System.out.println("== JFR profile of our bake of " + profiled.name());
        Path recording = work.resolve("profile-ours.jfr");
        List<String> profiling = new ArrayList<>(jvm);
        profiling.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
        BakeRun.of(profiled.oursCommand(ours, profiling), logs.resolve("profile-ours.log"));
        report.profile(profiled, JfrSummary.of(recording, 20), Files.readString(project.resolve(
                "bench/profile-findings.md"), StandardCharsets.UTF_8), recording);

        Path file = work.resolve("report.md");
        Files.writeString(file, report.toMarkdown(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + file);
    }
}
