package se.namndkoll.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Case;

/**
 * Checks the realistic case in a loop and prints the CPU time of the checking thread per check
 * after a warm-up: a figure that, unlike JMH's wall-clock rates, stays steady while other work
 * shares the machine. For profiling too (run it with -XX:StartFlightRecording).
 * Arguments: measured seconds (default 20), variant (default FULL), warm-up seconds (default 10).
 */
public final class Loop {
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        RealisticCase.Variant variant = args.length > 1 ? RealisticCase.Variant.valueOf(args[1]) : RealisticCase.Variant.FULL;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        RuleEngine engine = RuleEngine.create();
        Case c = RealisticCase.build(variant);
        run(engine, c, warmup);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long n = run(engine, c, seconds);
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("%s: %d checks, %.1f µs CPU per check (%.0f checks per CPU-second), %.0f checks/s wall%n",
                variant, n, cpu / 1e3 / n, n * 1e9 / cpu, n * 1e9 / wall);
    }

    private static long run(RuleEngine engine, Case c, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            engine.check(c);
            n++;
        }
        return n;
    }
}
