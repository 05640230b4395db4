package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Our build and stock JBake on the same content, run alternately so that a machine busy with something else slows
 * both alike. Our first bake starts with empty card and leaflet caches, as a clean clone does, and is kept apart; the runs compared come after it,
 * as every rebuild by an editor does.
 */
record Comparison(Sites sites, BakeRun oursFirst, List<BakeRun> ours, List<BakeRun> stock) {

    static Comparison run(Sites sites, int runs, String oursClasspath, List<String> oursJvm, String stockClasspath,
                          Path logback, Path logs) throws IOException, InterruptedException {
        ProjectFiles.deleteTree(sites.ours().resolve("target/share-cache"));
        ProjectFiles.deleteTree(sites.ours().resolve("target/edition-cache"));
        String tag = sites.name().equals("real site") ? "real" : String.valueOf(sites.pages());
        System.out.println("== " + sites.name() + ": first bake of ours, empty card cache");
        BakeRun first = BakeRun.of(sites.oursCommand(oursClasspath, oursJvm), logs.resolve(tag + "-ours-0.log"));
        List<BakeRun> ours = new ArrayList<>();
        List<BakeRun> stock = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            System.out.println("== " + sites.name() + ": run " + i + " of " + runs + " (ours, then stock JBake)");
            ours.add(BakeRun.of(sites.oursCommand(oursClasspath, oursJvm),
                    logs.resolve(tag + "-ours-" + i + ".log")));
            stock.add(BakeRun.of(sites.stockCommand(stockClasspath, logback, List.of()),
                    logs.resolve(tag + "-stock-" + i + ".log")));
        }
        return new Comparison(sites, first, ours, stock);
    }

    static double median(List<BakeRun> runs, ToDoubleFunction<BakeRun> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    double oursWall() {
        return median(ours, BakeRun::wallMillis);
    }

    double stockWall() {
        return median(stock, BakeRun::wallMillis);
    }

    double oursPeakMib() {
        return median(ours, BakeRun::peakKib) / 1024;
    }
}
