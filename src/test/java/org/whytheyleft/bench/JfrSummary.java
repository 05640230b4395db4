package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JFR recording's execution samples say about a bake: for each method of the site's build, of JBake and of
 * the libraries it calls, the share of the samples that have it on the stack (inclusive), and the methods that were
 * running (self).
 */
final class JfrSummary {

    private static final List<String> OWN = List.of("org.whytheyleft.", "org.jbake.");

    private JfrSummary() {
    }

    /** A Markdown table of the {@code rows} heaviest methods of each kind. */
    static String of(Path recording, int rows) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (OWN.stream().anyMatch(name::startsWith) && seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d execution samples (all threads).%n%n", samples));
        table(out, "on the stack (site build and JBake methods, inclusive)", inclusive, samples, rows);
        table(out, "running (any method, self)", self, samples, rows);
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int samples, int rows) {
        out.append("| share | ").append(title).append(" |\n|---:|---|\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(rows)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %.1f %% | `%s` |%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        out.append('\n');
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    public static void main(String[] args) throws IOException {
        System.out.print(of(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25));
    }
}
