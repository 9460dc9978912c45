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
import se.namndkoll.bench.Documents;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.report.Report;
import se.namndkoll.documents.ImportedDocument;

/**
 * Measurement 3 of issue #7: import and check of each seed file and of synthetic protocols of 10,
 * 50 and 200 pages, warm, one thread; average time per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocumentBenchmark {

    @Param({"000_98187ae94434c6d8.txt", "001_a72ccbcc8286b434.txt", "002_521353b1cf404329.txt",
        "003_539db65e0945b6ea.txt", "004_62536bea066c2397.txt", "synthetic-10", "synthetic-50", "synthetic-200"})
    public String document;

    private RuleEngine engine;
    private Documents documents;
    private byte[] content;
    private String name;

    @Setup
    public void setUp() {
        engine = RuleEngine.create();
        documents = new Documents();
        if (document.startsWith("synthetic-")) {
            content = Documents.syntheticProtocol(Integer.parseInt(document.substring("synthetic-".length())));
            name = document + ".txt";
        } else {
            content = Documents.seed(document);
            name = document;
        }
    }

    @Benchmark
    public ImportedDocument importOnly() {
        return documents.read(name, content);
    }

    @Benchmark
    public Report importAndCheck() {
        return documents.importAndCheck(engine, name, content);
    }
}
