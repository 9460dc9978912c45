package se.namndkoll.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.reference.ReferenceCommittees;

/**
 * The seed documents (shared/seeds beside the repository, as the project's machines and CI lay
 * them out; -Dnamndkoll.seeds.dir overrides) and one rule engine for all tests.
 */
public final class Seeds {

    public static final List<String> FILES = List.of(
            "000_98187ae94434c6d8.txt", "001_a72ccbcc8286b434.txt", "002_521353b1cf404329.txt",
            "003_539db65e0945b6ea.txt", "004_62536bea066c2397.txt");

    private static RuleEngine engine;
    private static boolean announced;

    private Seeds() {
    }

    /**
     * The seeds folder. Without it the test says so in one line and is skipped, except where the
     * material beside the clone is required (CI sets NAMNDKOLL_CI=true): there it fails.
     */
    public static Path dir() {
        Optional<Path> found = locate();
        if (found.isEmpty()) {
            String line = "[seeds] skipped: the seed documents (../shared/seeds beside the clone) are not there; set -Dnamndkoll.seeds.dir";
            if (required()) {
                throw new AssertionError(line.replace("skipped", "missing in CI"));
            }
            if (!announced) {
                System.out.println(line);
                announced = true;
            }
            Assumptions.abort(line);
        }
        return found.get();
    }

    /** Whether tests that need material from beside the clone must fail rather than skip. */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("NAMNDKOLL_CI")) || Boolean.getBoolean("namndkoll.ci");
    }

    static Optional<Path> locate() {
        String property = System.getProperty("namndkoll.seeds.dir");
        if (property != null) {
            return Optional.of(Path.of(property));
        }
        Path at = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int i = 0; i < 5 && at != null; i++, at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate) && Files.exists(candidate.resolve(FILES.get(0)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a seed as the command line does: the committee recognised from the bundled registry. */
    public static ImportedDocument imported(String file) {
        try {
            return new StandardDocumentImporter(java.time.Clock.fixed(java.time.Instant.parse("2024-01-01T12:00:00Z"), java.time.ZoneOffset.UTC))
                    .read(file, bytes(file), new ImportOptions(null, ReferenceCommittees.all(), null));
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.create();
        }
        return engine;
    }
}
