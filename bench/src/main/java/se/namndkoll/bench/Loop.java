package se.namndkoll.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Case;

/**
 * Checks the realistic case in a loop and prints the CPU time of the checking thread per check
 * after a warm-up: a figure that, unlike JMH's wall-clock rates, stays steady while other work
 * shares the machine. For profiling too (run it with -XX:StartFlightRecording).
 * Arguments: measured seconds (default 20), variant (default FULL), warm-up seconds (default 10),
 * what to run: {@code engine} (default) or {@code plain} (the plain-Java baseline).
 */
public final class Loop {
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        RealisticCase.Variant variant = args.length > 1 ? RealisticCase.Variant.valueOf(args[1]) : RealisticCase.Variant.FULL;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String what = args.length > 3 ? args[3] : "engine";
        Case c = RealisticCase.build(variant);
        java.util.function.Consumer<Case> check;
        if (what.equals("plain")) {
            Object plain = newPlain();
            check = x -> plainCheck(plain, x);
        } else {
            RuleEngine engine = RuleEngine.create();
            check = engine::check;
        }
        run(check, c, warmup);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long n = run(check, c, seconds);
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("%s %s: %d checks, %.1f µs CPU per check (%.0f checks per CPU-second), %.0f checks/s wall%n",
                what, variant, n, cpu / 1e3 / n, n * 1e9 / cpu, n * 1e9 / wall);
    }

    /** The baseline by name, so that this class also runs against an older build's jar that lacks it. */
    private static Object newPlain() {
        try {
            return Class.forName("se.namndkoll.bench.PlainJavaChecks").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void plainCheck(Object plain, Case c) {
        ((PlainJavaChecks) plain).check(c);
    }

    private static long run(java.util.function.Consumer<Case> check, Case c, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            check.accept(c);
            n++;
        }
        return n;
    }
}
