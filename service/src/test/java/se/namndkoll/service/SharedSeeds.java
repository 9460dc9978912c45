package se.namndkoll.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The seed documents where they lie: the shared folder beside the clone (-Dnamndkoll.seeds.dir
 * overrides). The project keeps no copy of their text. A test that needs them fails in CI
 * (NAMNDKOLL_CI=true) when they are missing, and elsewhere is skipped with a one-line reason.
 */
public final class SharedSeeds {

    public static final String SEED_000 = "000_98187ae94434c6d8.txt";
    public static final String SEED_001 = "001_a72ccbcc8286b434.txt";
    public static final String SEED_002 = "002_521353b1cf404329.txt";
    public static final String SEED_003 = "003_539db65e0945b6ea.txt";

    private SharedSeeds() {
    }

    /** The folder, if it is there. */
    public static Optional<Path> find() {
        Path dir = Path.of(System.getProperty("namndkoll.seeds.dir", "../../shared/seeds")).toAbsolutePath().normalize();
        return Files.isRegularFile(dir.resolve(SEED_000)) ? Optional.of(dir) : Optional.empty();
    }

    private static boolean announced;

    /** One seed's path; the test is skipped without the seeds (said once on the console), or fails in CI. */
    public static synchronized Path path(String file) {
        Optional<Path> dir = find();
        if (dir.isEmpty()) {
            String reason = "the seed documents are not beside the clone (set -Dnamndkoll.seeds.dir)";
            if (required()) {
                throw new AssertionError("[seeds] missing in CI: " + reason);
            }
            if (!announced) {
                System.out.println("[seeds] skipped: " + reason);
                announced = true;
            }
            Assumptions.abort("[seeds] skipped: " + reason);
        }
        return dir.get().resolve(file);
    }

    /** Whether tests that need material from beside the clone must fail rather than skip (CI sets this). */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("NAMNDKOLL_CI")) || Boolean.getBoolean("namndkoll.ci");
    }
}
