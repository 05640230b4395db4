package org.whytheyleft.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The report's plot, written by hand as SVG (no plotting library, no service): whole-process bake time and CPU time
 * against pages, for stock JBake, our build with its card and leaflet caches filled, and our first bake from empty
 * caches.
 * Linear axes from zero, so that a straight line means a constant time per added page.
 */
final class Plot {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    private record Series(String name, String colour, String dash, ToDoubleFunction<Comparison> millis) {
    }

    private static final List<Series> WALL = List.of(
            new Series("stock JBake", "#b2182b", "", Comparison::stockWall),
            new Series("ours, caches filled", "#2166ac", "", Comparison::oursWall),
            new Series("ours, first bake (empty caches)", "#2166ac", "6 4", c -> c.oursFirst().wallMillis()));
    private static final List<Series> CPU = List.of(
            new Series("stock JBake", "#b2182b", "", c -> Comparison.median(c.stock(), BakeRun::cpuMillis)),
            new Series("ours, caches filled", "#2166ac", "", c -> Comparison.median(c.ours(), BakeRun::cpuMillis)),
            new Series("ours, first bake (empty caches)", "#2166ac", "6 4", c -> c.oursFirst().cpuMillis()));

    private Plot() {
    }

    /**
     * The SVG of {@code all} (every size measured, the real site among them), sorted by pages: wall time above,
     * CPU time (all threads) below, which other work on a shared machine disturbs less.
     */
    static String svg(List<Comparison> all) {
        List<Comparison> sizes = new ArrayList<>(all);
        sizes.sort(java.util.Comparator.comparingInt(c -> c.sites().pages()));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<title>Bake time against pages: ours and stock JBake</title>%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, 2 * HEIGHT, WIDTH,
                2 * HEIGHT));
        panel(svg, sizes, WALL, "seconds, whole process (median)");
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %d)\">%n", HEIGHT));
        panel(svg, sizes, CPU, "seconds of CPU, all threads (median)");
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, List<Comparison> sizes, List<Series> lines, String unit) {
        double maxPages = sizes.get(sizes.size() - 1).sites().pages();
        double maxSeconds = 0;
        for (Comparison c : sizes) {
            for (Series series : lines) {
                maxSeconds = Math.max(maxSeconds, series.millis().applyAsDouble(c) / 1000);
            }
        }
        double yTop = niceCeiling(maxSeconds);
        axes(svg, maxPages, yTop, unit);
        int row = 0;
        for (Series series : lines) {
            StringBuilder points = new StringBuilder();
            for (Comparison c : sizes) {
                double x = x(c.sites().pages(), maxPages);
                double y = y(series.millis().applyAsDouble(c) / 1000, yTop);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y,
                        series.colour()));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s"
                    + " points=\"%s\"/>%n", series.colour(), series.dash().isEmpty() ? ""
                    : " stroke-dasharray=\"" + series.dash() + "\"", points.toString().strip()));
            int legendY = TOP + 10 + 18 * row++;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2\"%s/><text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + 15, legendY, LEFT + 45,
                    legendY, series.colour(), series.dash().isEmpty() ? "" : " stroke-dasharray=\""
                    + series.dash() + "\"", LEFT + 52, legendY + 4, series.name()));
        }
    }

    private static void axes(StringBuilder svg, double maxPages, double yTop, String unit) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, bottom, WIDTH - RIGHT,
                bottom, LEFT, TOP, LEFT, bottom));
        for (int i = 0; i <= 5; i++) {
            double pages = maxPages * i / 5;
            double seconds = yTop * i / 5;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n",
                    x(pages, maxPages), bottom + 18, pages));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n"
                    + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT - 6,
                    y(seconds, yTop) + 4, yTop / 5 == Math.rint(yTop / 5) ? String.format(Locale.ROOT, "%.0f", seconds)
                    : String.format(Locale.ROOT, "%.1f", seconds), LEFT + 1, y(seconds, yTop), WIDTH - RIGHT,
                    y(seconds, yTop)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">pages</text>%n"
                + "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">%s</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, (TOP + bottom) / 2, (TOP + bottom) / 2, unit));
    }

    private static double x(double pages, double maxPages) {
        return LEFT + (WIDTH - LEFT - RIGHT) * pages / maxPages;
    }

    private static double y(double seconds, double yTop) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * seconds / yTop;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-3))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
