package se.namndkoll.testcases.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every labelled document, compares what was read with its label field by field and the
 * findings with {@code must}/{@code may}/{@code must_not}, and prints the accuracy tables. The
 * figures may not get worse than the committed baseline (testcases/corpus/accuracy-baseline.properties),
 * and docs/accuracy.md must show the figures measured. After improving the reader, run
 * {@code mvn -pl testcases test -Dtest=CorpusAccuracyTest -Dnamndkoll.updateAccuracy=true} to
 * rewrite both (a worse figure is refused), and review the diff.
 *
 * <p>The real documents lie beside the clone (../shared/corpus). Without them the test says so in
 * one line and skips, except in CI ({@code NAMNDKOLL_CI=true}), where it fails.
 */
class CorpusAccuracyTest {

    static final String BEGIN = "<!-- BEGIN GENERATED: CorpusAccuracyTest -->";
    static final String END = "<!-- END GENERATED: CorpusAccuracyTest -->";

    @Test
    void theReaderIsAsAccurateAsTheBaselineSaysAndTheDocsShowIt() throws IOException {
        var shared = Corpus.shared();
        if (shared.isEmpty()) {
            String line = "[corpus] skipped: the shared corpus (../shared/corpus beside the clone) is not there; set -Dnamndkoll.corpus.dir";
            if (Corpus.required()) {
                fail(line.replace("skipped", "missing in CI"));
            }
            System.out.println(line);
            Assumptions.abort(line);
        }
        Path corpus = shared.get();
        List<Label> labels = Corpus.real();
        Set<String> labelled = new TreeSet<>();
        labels.forEach(l -> labelled.add(l.file()));
        Set<String> documents = new TreeSet<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(documents::add);
        }
        Set<String> unlabelled = new TreeSet<>(documents);
        unlabelled.removeAll(labelled);
        Set<String> orphan = new TreeSet<>(labelled);
        orphan.removeAll(documents);
        assertThat(orphan).as("labels of documents the corpus does not hold").isEmpty();

        Set<String> validation = Corpus.validation();
        List<DocumentResult> all = new ArrayList<>();
        for (Label label : labels) {
            String split = validation.contains(label.file()) ? "validation" : "tuning";
            all.add(DocumentResult.compare(label, label.file(), split, Corpus.observe(corpus.resolve(label.file()))));
        }
        List<DocumentResult> synthetic = new ArrayList<>();
        for (Corpus.Written written : Corpus.synthetic()) {
            synthetic.add(DocumentResult.compare(written.label(), written.name(), "synthetic", Corpus.observe(written.document())));
        }
        List<Accuracy> sets = List.of(new Accuracy("all", all),
                new Accuracy("validation", all.stream().filter(r -> r.split().equals("validation")).toList()),
                new Accuracy("tuning", all.stream().filter(r -> r.split().equals("tuning")).toList()),
                new Accuracy("synthetic", synthetic));

        StringBuilder tables = new StringBuilder();
        sets.forEach(s -> tables.append(s.markdown()));
        System.out.println("[corpus] " + labels.size() + " labelled documents of " + documents.size() + ", " + synthetic.size() + " written here\n" + tables);
        if (Boolean.getBoolean("namndkoll.accuracy.misses")) {
            // never the validation split's: the reader is not tuned against it
            sets.stream().filter(s -> s.name.equals("tuning") || s.name.equals("synthetic"))
                    .forEach(s -> System.out.println("[corpus] misses, " + s.name + ":\n" + s.misses()));
        }

        Map<String, Double> figures = new LinkedHashMap<>();
        sets.forEach(s -> figures.putAll(s.figures()));
        Path baselineFile = Corpus.labels().resolve("accuracy-baseline.properties");
        Map<String, Double> baseline = readBaseline(baselineFile);
        List<String> worse = worse(baseline, figures);
        Path docs = Path.of(System.getProperty("namndkoll.docs.dir", "../docs")).resolve("accuracy.md");
        if (Boolean.getBoolean("namndkoll.updateAccuracy")) {
            // a worse figure is written only when accepted in so many words, and the reason stays in the baseline
            String accepted = System.getProperty("namndkoll.acceptWorse", "").strip();
            assertThat(worse.isEmpty() || !accepted.isEmpty())
                    .as("the update refuses figures worse than the baseline %s; -Dnamndkoll.acceptWorse=\"<why>\" records why they are accepted", worse)
                    .isTrue();
            writeBaseline(baselineFile, figures, worse.isEmpty() ? List.of() : accepted(accepted, worse));
            writeDocs(docs, tables.toString());
            worse = List.of();
        }
        assertThat(unlabelled).as("documents of the shared corpus without a label").isEmpty();
        assertThat(worse).as("accuracy figures worse than the committed baseline (testcases/corpus/accuracy-baseline.properties)").isEmpty();
        assertThat(generatedPart(Files.readString(docs, StandardCharsets.UTF_8)))
                .as("docs/accuracy.md does not show the measured figures; run: mvn -pl testcases test -Dtest=CorpusAccuracyTest -Dnamndkoll.updateAccuracy=true")
                .isEqualTo(tables.toString().strip() + "\n");
    }

    /**
     * The figures worse than the baseline's. A set's figures are compared only while the set holds
     * as many documents as when they were measured ({@code <set>.documents}): a ratchet holds over
     * the same documents, and a set that grows (new documents written for a layout) starts anew.
     */
    static List<String> worse(Map<String, Double> baseline, Map<String, Double> now) {
        List<String> out = new ArrayList<>();
        baseline.forEach((name, before) -> {
            String set = name.substring(0, name.indexOf('.'));
            Double countBefore = baseline.get(set + ".documents");
            if (countBefore != null && !countBefore.equals(now.get(set + ".documents"))) {
                return;
            }
            Double after = now.get(name);
            if (after == null) {
                out.add(name + " is no longer measured (baseline " + before + ")");
            } else if (!name.endsWith(".documents") && (name.endsWith(".rate") ? after < before - 1e-9 : after > before + 1e-9)) {
                out.add(name + ": " + before + " -> " + after);
            }
        });
        return out;
    }

    static Map<String, Double> readBaseline(Path file) throws IOException {
        Map<String, Double> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, Double.parseDouble(p.getProperty(k))));
        return out;
    }

    /** The comment lines that say which worse figures were accepted, when and why. */
    static List<String> accepted(String reason, List<String> worse) {
        List<String> out = new ArrayList<>();
        out.add("# Accepted worse on " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ": " + reason.replace('\n', ' '));
        worse.forEach(w -> out.add("#   " + w));
        return out;
    }

    static void writeBaseline(Path file, Map<String, Double> figures, List<String> accepted) throws IOException {
        StringBuilder out = new StringBuilder("# The accuracy ratchet: CorpusAccuracyTest fails when a figure gets worse than this.\n"
                + "# A rate is better higher; a count (false findings, wrong or missing attributions) is better lower.\n"
                + "# Written by the test with -Dnamndkoll.updateAccuracy=true, which refuses a worse figure unless\n"
                + "# -Dnamndkoll.acceptWorse=\"<why>\" is given; the figures so accepted and the reason are kept below.\n");
        if (Files.exists(file)) {
            // the figures accepted before stay on record
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("# Accepted worse") || l.startsWith("#   "))
                    .forEach(line -> out.append(line).append('\n'));
        }
        accepted.forEach(line -> out.append(line).append('\n'));
        new TreeMap<>(figures).forEach((k, v) -> out.append(k).append('=').append(String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.3f", v)).append('\n'));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    static String generatedPart(String doc) {
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        return b < 0 || e < b ? "" : doc.substring(b + BEGIN.length(), e).strip() + "\n";
    }

    static void writeDocs(Path docs, String tables) throws IOException {
        String doc = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Accuracy on real documents\n\n" + BEGIN + "\n" + END + "\n";
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        if (b < 0 || e < b) {
            doc = doc + "\n" + BEGIN + "\n" + END + "\n";
            b = doc.indexOf(BEGIN);
            e = doc.indexOf(END);
        }
        Files.writeString(docs, doc.substring(0, b + BEGIN.length()) + "\n\n" + tables.strip() + "\n\n" + doc.substring(e), StandardCharsets.UTF_8);
    }
}
