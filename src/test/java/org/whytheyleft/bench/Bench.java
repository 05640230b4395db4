package org.whytheyleft.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code bench/run}: bakes the real site and synthetic sites with our build and with stock JBake,
 * measures the preview and the page weight, profiles one bake with JFR, and writes {@code target/bench/report.md}.
 * {@code --quick} does the real site and 100 pages only. Expects {@code target/bench/classpath-ours.txt} and
 * {@code classpath-stock.txt}, which {@code bench/run} writes.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
        Path work = project.resolve("target/bench");
        String ours = Files.readString(work.resolve("classpath-ours.txt")).strip();
        String stock = Files.readString(work.resolve("classpath-stock.txt")).strip();
        Path logback = project.resolve("bench/stock-jbake/logback.xml");
        Path logs = work.resolve("logs");
        ProjectFiles.deleteTree(logs);
        Report report = new Report(quick, String.join(" ", args));

        Comparison real = Comparison.run(Sites.real(project, work), quick ? 3 : 5, ours, stock, logback, logs);
        report.real(real, ours, stock, logback);
        List<Comparison> sizes = new ArrayList<>();
        for (int pages : quick ? List.of(100) : List.of(100, 1000, 2000)) {
            Sites sites = Sites.synthetic(project, work, pages);
            sizes.add(Comparison.run(sites, pages <= 100 ? (quick ? 3 : 5) : 3, ours, stock, logback, logs));
        }
        report.sizes(sizes, ours, stock, logback);

        System.out.println("== preview latency");
        report.preview(PreviewLatency.measure(project, work, ours, quick ? 3 : 5));
        report.weight(PageWeight.of(real.sites().oursOutput()));

        Sites profiled = sizes.stream().map(Comparison::sites).filter(s -> s.pages() == 1000).findFirst()
                .orElse(sizes.get(0).sites());
        System.out.println("== JFR profile of our bake of " + profiled.name());
        Path recording = work.resolve("profile-ours.jfr");
        List<String> jvm = List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
        BakeRun.of(profiled.oursCommand(ours, jvm), logs.resolve("profile-ours.log"));
        report.profile(profiled, JfrSummary.of(recording, 20), Files.readString(project.resolve(
                "bench/profile-findings.md"), StandardCharsets.UTF_8), recording);

        Path file = work.resolve("report.md");
        Files.writeString(file, report.toMarkdown(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + file);
    }
}
