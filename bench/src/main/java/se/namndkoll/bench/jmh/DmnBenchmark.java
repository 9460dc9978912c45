package se.namndkoll.bench.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.namndkoll.bench.LouDmn;

/**
 * Measurement 2 of issue #7: lou-03-intern-upphandling.dmn (7 decision tables) on our DMN runtime
 * (every evaluation through the DMN runtime) and on Camunda's, same file, same five input sets;
 * {@code oursRemembered} is the engine's path with its memory of recent input sets. One operation = one evaluation of every
 * decision of the model for one input set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class DmnBenchmark {

    private LouDmn.Ours ours;
    private LouDmn.Ours oursRemembered;
    private LouDmn.Camunda camunda;
    private List<Map<String, Object>> inputs;
    private int next;

    @Setup
    public void setUp() {
        ours = new LouDmn.Ours(false);
        oursRemembered = new LouDmn.Ours(true);
        camunda = new LouDmn.Camunda();
        inputs = LouDmn.inputs();
    }

    private Map<String, Object> nextInput() {
        Map<String, Object> in = inputs.get(next);
        next = next + 1 == inputs.size() ? 0 : next + 1;
        return in;
    }

    @Benchmark
    public void ours(Blackhole bh) {
        bh.consume(ours.evaluate(nextInput()));
    }

    /** As a check calls it: the five input sets come back, so their results are remembered. */
    @Benchmark
    public void oursRemembered(Blackhole bh) {
        bh.consume(oursRemembered.evaluate(nextInput()));
    }

    @Benchmark
    public void camunda(Blackhole bh) {
        bh.consume(camunda.evaluate(nextInput()));
    }
}
