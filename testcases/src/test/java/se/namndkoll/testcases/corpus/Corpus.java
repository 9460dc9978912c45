package se.namndkoll.testcases.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.reference.ReferenceCommittees;

/**
 * The labelled documents and how they are read: the shared corpus's real documents (read where
 * they lie, next to the clone), and the documents the project wrote (testcases/corpus/synthetic
 * and formats). Each is read and checked as the command line does it, with the bundled committees
 * to recognise and a fixed "today" for documents that state no date.
 */
final class Corpus {

    /** "Today" for a document without a date of its own: fixed, so that the figures do not move with the calendar. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    private Corpus() {
    }

    /** testcases/corpus in the clone. */
    static Path labels() {
        return Path.of(System.getProperty("namndkoll.testcases.dir", ".")).toAbsolutePath().normalize().resolve("corpus");
    }

    /** The shared corpus beside the clone ({@code -Dnamndkoll.corpus.dir} overrides), if it is there. */
    static Optional<Path> shared() {
        String property = System.getProperty("namndkoll.corpus.dir");
        if (property != null) {
            return Optional.of(Path.of(property)).filter(Files::isDirectory);
        }
        Path repository = labels().getParent().getParent();
        Path candidate = repository.getParent() == null ? null : repository.getParent().resolve("shared").resolve("corpus");
        return Optional.ofNullable(candidate).filter(Files::isDirectory);
    }

    /** Whether tests that need material from beside the clone must fail rather than skip (CI sets this). */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("NAMNDKOLL_CI")) || Boolean.getBoolean("namndkoll.ci");
    }

    /** The 30 documents of the validation split. */
    static Set<String> validation() {
        try {
            Set<String> out = new TreeSet<>();
            for (String line : Files.readAllLines(labels().resolve("validation.txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labels in {@code dir} (not its subfolders), sorted by name. */
    static List<Label> labelsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().map(Label::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Label> real() {
        return labelsIn(labels());
    }

    /** A labelled document the project wrote, in one of its formats. */
    record Written(Label label, Path document) {

        String name() {
            return document.getFileName().toString();
        }
    }

    /**
     * The documents the project wrote: plain text (synthetic/), and Word files (formats/), each read
     * as its .docx and as the .pdf exported from it, both against the one label.
     */
    static List<Written> synthetic() {
        List<Written> out = new ArrayList<>();
        for (Label l : labelsIn(labels().resolve("synthetic"))) {
            out.add(new Written(l, l.path().resolveSibling(l.file())));
        }
        for (Label l : labelsIn(labels().resolve("formats"))) {
            Path docx = l.path().resolveSibling(l.file());
            out.add(new Written(l, docx));
            Path pdf = docx.resolveSibling(l.file().replaceFirst("\\.docx$", ".pdf"));
            if (!pdf.equals(docx) && Files.exists(pdf)) {
                out.add(new Written(l, pdf));
            }
        }
        return out;
    }

    static ImportedDocument read(Path document) {
        try {
            return new StandardDocumentImporter(TODAY).read(document.getFileName().toString(), Files.readAllBytes(document),
                    new ImportOptions(null, ReferenceCommittees.all(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(document + ": " + e.getMessage(), e);
        }
    }

    private static RuleEngine engine;

    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.create();
        }
        return engine;
    }

    static Observation observe(Path document) {
        ImportedDocument d = read(document);
        return new Observation(d, engine().check(d.input()));
    }
}
