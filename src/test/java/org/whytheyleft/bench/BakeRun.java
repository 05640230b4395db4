package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one bake as its own process and measures it: the whole process's wall time, its peak resident memory
 * ({@code /usr/bin/time}'s maximum RSS where it exists, else the kernel's {@code VmHWM} read while it runs), and
 * the bake time the build itself reports from inside the JVM.
 *
 * @param wallMillis  from starting the process to its exit
 * @param bakeMillis  what the build printed ("Baked 18 pages in 1.2 s", "Baked 20 items in 1234ms")
 * @param peakKib     the largest resident set of the JVM, in KiB
 * @param cpuMillis   user plus system CPU time of the process, all threads (JIT and GC included)
 */
record BakeRun(double wallMillis, double bakeMillis, long peakKib, double cpuMillis) {

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern OURS = Pattern.compile("Baked \\d+ pages in ([0-9.]+) s");
    private static final Pattern STOCK = Pattern.compile("Baked \\d+ items in (\\d+)ms");
    private static final Pattern PEAK = Pattern.compile("BENCH_PEAK_KIB=(\\d+) BENCH_CPU_S=([0-9.]+) ([0-9.]+)");

    /** Runs {@code java args...} with the log in {@code log}; fails when the bake fails. */
    static BakeRun of(List<String> javaArgs, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArgs);
        return run(command, null, log, true);
    }

    /**
     * Runs any command in {@code dir} (such as the README's Maven build), measured alike; its bake time is
     * {@code NaN} when it printed none (a skipped bake).
     */
    static BakeRun command(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        return run(command, dir, log, false);
    }

    private static BakeRun run(List<String> program, Path dir, Path log, boolean bakes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            command.addAll(List.of(TIME.toString(), "-f", "BENCH_PEAK_KIB=%M BENCH_CPU_S=%U %S"));
        }
        command.addAll(program);
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Process process = builder.start();
        long[] polled = timed ? null : poll(process);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("The command failed (exit " + exit + "), see " + log);
        }
        double bake = bakes ? bakeMillis(output, log) : Double.NaN;
        if (!timed) {
            return new BakeRun(wall, bake, polled[0], polled[1]);
        }
        Matcher peak = PEAK.matcher(output);
        if (!peak.find()) {
            throw new IllegalStateException("No peak memory from /usr/bin/time in " + log);
        }
        return new BakeRun(wall, bake, Long.parseLong(peak.group(1)),
                (Double.parseDouble(peak.group(2)) + Double.parseDouble(peak.group(3))) * 1000);
    }

    private static double bakeMillis(String output, Path log) {
        Matcher ours = OURS.matcher(output);
        if (ours.find()) {
            return Double.parseDouble(ours.group(1)) * 1000;
        }
        Matcher stock = STOCK.matcher(output);
        if (!stock.find()) {
            throw new IllegalStateException("No bake time in " + log);
        }
        return Long.parseLong(stock.group(1));
    }

    /**
     * Without {@code /usr/bin/time}: reads the process's memory high-water mark and CPU ticks until it exits; the
     * last readings stand (ticks counted at the usual 100 per second).
     */
    private static long[] poll(Process process) throws InterruptedException {
        Path dir = Path.of("/proc", String.valueOf(process.pid()));
        long peak = 0;
        long cpu = 0;
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(dir.resolve("status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                String[] stat = Files.readString(dir.resolve("stat")).replaceFirst(".*\\) ", "").split(" ");
                cpu = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10;
            } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // gone between the check and the read: the last reading stands
            }
            Thread.sleep(20);
        }
        return new long[] {peak, cpu};
    }
}
