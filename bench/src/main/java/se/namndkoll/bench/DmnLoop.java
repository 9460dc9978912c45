package se.namndkoll.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Evaluates the LOU model in a loop on one runtime ("ours" or "camunda") for profiling. Arguments: runtime seconds. */
public final class DmnLoop {
    public static void main(String[] args) {
        Function<Map<String, Object>, Map<String, Object>> eval = args[0].equals("camunda")
                ? new LouDmn.Camunda()::evaluate : new LouDmn.Ours()::evaluate;
        List<Map<String, Object>> inputs = LouDmn.inputs();
        long end = System.nanoTime() + Integer.parseInt(args[1]) * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            eval.apply(inputs.get((int) (n % inputs.size())));
            n++;
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%s: %d evaluations, %.1f µs CPU each%n", args[0], n, mx.getCurrentThreadCpuTime() / 1e3 / n);
    }
}
