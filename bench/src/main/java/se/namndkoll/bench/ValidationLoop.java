package se.namndkoll.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.validation.FactValidator;

/**
 * Validates the realistic case against its Jakarta constraints in a loop and prints the CPU time
 * per validation after a warm-up, with the Hibernate Validator version that did it: the part of an
 * HTTP check that reading the JSON into the fact model costs after Jackson. Run it in front of an
 * older build's jar to compare validator versions (as bench/cpu-per-check.sh does with Loop).
 * Arguments: measured seconds (default 20), warm-up seconds (default 10).
 */
public final class ValidationLoop {
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Case c = RealisticCase.build(RealisticCase.Variant.FULL);
        int violations = FactValidator.validator().validate(c).size();
        if (violations != 0) {
            throw new IllegalStateException("The realistic case should be valid; " + violations + " violations");
        }
        run(c, warmup);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long n = run(c, seconds);
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("Hibernate Validator %s: %d validations, %.1f µs CPU each%n", validatorVersion(), n, cpu / 1e3 / n);
    }

    /** The version Hibernate Validator reports of itself (the shaded jar has no manifest to read it from). */
    private static String validatorVersion() {
        try {
            return (String) Class.forName("org.hibernate.validator.internal.util.Version").getMethod("getVersionString").invoke(null);
        } catch (ReflectiveOperationException e) {
            return "(version unknown)";
        }
    }

    private static long run(Case c, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            if (!FactValidator.validator().validate(c).isEmpty()) {
                throw new IllegalStateException("violations");
            }
            n++;
        }
        return n;
    }
}
