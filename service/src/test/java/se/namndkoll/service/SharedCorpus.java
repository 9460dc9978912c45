package se.namndkoll.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real documents where it lies, beside the clone (-Dnamndkoll.corpus.dir
 * overrides). The project keeps no copy of their text. A test that needs them fails in CI
 * (NAMNDKOLL_CI=true) when they are missing, and elsewhere is skipped with a one-line reason.
 */
public final class SharedCorpus {

    /** Kalmarsunds gymnasieförbund's förbundsordning (2004): four members, its direktion of eleven ledamöter and eleven ersättare. */
    public static final String KALMARSUND_FORBUNDSORDNING = "D-016-forbundsordning-kalmarsunds-gymnasieforbund-2004.txt";
    /** A protocol of the same förbund's direktion. */
    public static final String KALMARSUND_PROTOCOL = "A-009-kalmarsunds-gymnasieforbund-direktionen-2017-04.txt";

    private SharedCorpus() {
    }

    /** One document's path; the test is skipped without the corpus, or fails in CI. */
    public static Path path(String file) {
        Path dir = Path.of(System.getProperty("namndkoll.corpus.dir", "../../shared/corpus")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(file))) {
            String reason = "the shared corpus is not beside the clone (set -Dnamndkoll.corpus.dir)";
            if (SharedSeeds.required()) {
                throw new AssertionError("[corpus] missing in CI: " + reason);
            }
            Assumptions.abort("[corpus] skipped: " + reason);
        }
        return dir.resolve(file);
    }
}
