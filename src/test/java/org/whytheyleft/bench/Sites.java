package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;

/**
 * The two project folders of one benchmark size, with the commands that bake each: our build
 * ({@code org.whytheyleft.SiteBuild}) and stock JBake's launcher ({@code org.jbake.launcher.Main -b}).
 */
record Sites(String name, int pages, Path ours, Path stock, Path work) {

    /** Our build replaces an output only inside its project's {@code target/}; the real site's is in target/bench. */
    Path oursOutput() {
        return name.equals("real site") ? work.resolve("out-ours") : ours.resolve("target/site");
    }

    Path stockOutput() {
        return work.resolve("out-stock");
    }

    /** Makes the real site's pair: the project itself, and its content laid out for stock JBake. */
    static Sites real(Path project, Path work) throws IOException {
        Path dir = work.resolve("real");
        ProjectFiles.deleteTree(dir);
        StockSite.write(project, dir.resolve("stock"));
        int pages = (int) new ContentReader(project).read(project.resolve("content")).pages().stream()
                .filter(SourcePage::isPublished).count();
        return new Sites("real site", pages, project, dir.resolve("stock"), dir);
    }

    /** Generates a synthetic pair of {@code pages} pages under {@code work/<pages>/}. */
    static Sites synthetic(Path project, Path work, int pages) throws IOException {
        Path dir = work.resolve(String.valueOf(pages));
        ProjectFiles.deleteTree(dir);
        int written = new SyntheticSite(project).write(dir.resolve("ours"), pages);
        StockSite.write(dir.resolve("ours"), dir.resolve("stock"));
        return new Sites(pages + " pages", written, dir.resolve("ours"), dir.resolve("stock"), dir);
    }

    List<String> oursCommand(String classpath, List<String> jvm) {
        List<String> args = new java.util.ArrayList<>(jvm);
        args.addAll(List.of("-cp", classpath, "org.whytheyleft.SiteBuild", ours.toString(),
                oursOutput().toString()));
        return args;
    }

    List<String> stockCommand(String classpath, Path logback, List<String> jvm) {
        List<String> args = new java.util.ArrayList<>(jvm);
        args.addAll(List.of("-Dlogback.configurationFile=" + logback, "-Dlog.console.level=SEVERE", "-cp",
                classpath, "org.jbake.launcher.Main", "-b", stock.toString(), stockOutput().toString()));
        return args;
    }
}
