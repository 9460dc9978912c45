package se.namndkoll.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.namndkoll.bench.PlainJavaChecks;
import se.namndkoll.bench.RealisticCase;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.report.Report;

/**
 * Measurement 1 of issue #7: the full rule catalogue on the realistic case through
 * {@link RuleEngine#check(Case)}, against the same checks written as plain Java
 * ({@link PlainJavaChecks}). Throughput per thread; run with {@code -t 2} for both cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class EngineBenchmark {

    @Param({"FULL"})
    public RealisticCase.Variant variant;

    private RuleEngine engine;
    private RuleEngine engineNoMemo;
    private PlainJavaChecks plain;
    private Case input;

    @Setup
    public void setUp() {
        System.setProperty("namndkoll.dmn.memo", "false");
        engineNoMemo = RuleEngine.create();
        System.clearProperty("namndkoll.dmn.memo");
        engine = RuleEngine.create();
        plain = new PlainJavaChecks();
        input = RealisticCase.build(variant);
    }

    @Benchmark
    public Report engine() {
        return engine.check(input);
    }

    /** The engine with every DMN model evaluated through the DMN runtime on every check (no remembered results). */
    @Benchmark
    public Report engineNoMemo() {
        return engineNoMemo.check(input);
    }

    @Benchmark
    public Object plainJava() {
        return plain.check(input);
    }
}
