package se.namndkoll.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.RuleEngine;

/**
 * The command line on hostile files, in process (the same code as {@code java -jar namndkoll.jar
 * check}): arbitrary bytes under every extension it knows, damaged JSON cases and damaged seed
 * documents, from a seeded generator ({@code -Dnamndkoll.fuzz.seed}). Whatever the file, the command ends with 0 or 1 and a report, or
 * with 2 and exactly one line on standard error that names the file; never a stack trace.
 */
class CommandLineFuzzIT {

    private static final RuleEngine ENGINE = RuleEngine.create();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> EXTENSIONS = List.of(".json", ".txt", ".pdf", ".docx", "", ".doc", ".JSON", ".md");
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final int[] BY_STATUS = new int[3];
    private static final byte[] CASE = read(Path.of("..", "docs", "examples", "check-quorum.json"));
    private static final byte[] EXAMPLE_DOCUMENT = read(Path.of("..", "docs", "examples", "protokoll-e-namnden-2026-03-11.txt"));

    private static final long SEED = Long.getLong("namndkoll.fuzz.seed", 20261126L);
    private static final int FILES = Integer.getInteger("namndkoll.fuzz.cli-files", 600);

    @Test
    void anyFileEndsInAReportOrInOneLineNamingIt() throws IOException {
        for (int i = 0; i < FILES; i++) {
            Random random = new Random(SEED * 7_919 + i);
            String extension = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
            try {
                tryFile(file(random), extension);
            } catch (AssertionError e) {
                throw new AssertionError("file #" + i + " (seed " + SEED + ", extension '" + extension + "'): " + e.getMessage(), e);
            }
        }
    }

    private void tryFile(byte[] content, String extension) throws IOException {
        Path dir = Files.createTempDirectory("namndkoll-cli-fuzz");
        Path file = dir.resolve("fil med mellanslag" + extension);
        Files.write(file, content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK, false, () -> ENGINE).execute(new String[] {"check", "--format", "json", file.toString()});
        String stderr = err.toString(StandardCharsets.UTF_8);
        TRIED.incrementAndGet();
        assertThat(status).isBetween(0, 2);
        BY_STATUS[status]++;
        assertThat(stderr).doesNotContain("\tat ", "Exception", "java.", "Caused by");
        if (status == 2) {
            assertThat(stderr.lines().toList()).as("one line: %s", stderr).hasSize(1);
            assertThat(stderr).startsWith("namndkoll check: ").contains(file.toString());
        } else {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"results\"");
        }
        Files.delete(file);
        Files.delete(dir);
    }

    private static final List<byte[]> SPECIAL = List.of(new byte[0], "null".getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8),
            "{\"evaluationDate\": \"2020-02-30\"}".getBytes(StandardCharsets.UTF_8),
            "{\"evaluationDate\": \"2020-03-11\", \"decisions\": [null]}".getBytes(StandardCharsets.UTF_8),
            "[".repeat(10_000).getBytes(StandardCharsets.UTF_8), "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8),
            "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), "{\"a\": NaN}".getBytes(StandardCharsets.UTF_8),
            ("{\"evaluationDate\": \"2020-03-11\", \"decisions\": [" + "{},".repeat(300_000) + "{}]}").getBytes(StandardCharsets.UTF_8));

    /** Random bytes, or a valid case or seed document damaged at random places, or one of a few special files. */
    private static byte[] file(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> {
                byte[] b = new byte[random.nextInt(4_000)];
                random.nextBytes(b);
                yield b;
            }
            case 3, 4, 5 -> damage(CASE, random, random.nextInt(6));
            case 6, 7, 8 -> damage(java.util.Arrays.copyOf(EXAMPLE_DOCUMENT, 6_000), random, random.nextInt(6));
            default -> SPECIAL.get(random.nextInt(SPECIAL.size()));
        };
    }

    private static byte[] damage(byte[] valid, Random random, int way) {
        byte[] b = valid.clone();
        switch (way) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 1 -> {
                for (int i = 0; i < 5; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> b[random.nextInt(b.length)] = (byte) 0xC3;
            case 3 -> b[random.nextInt(b.length)] = 0;
            case 4 -> {
                String s = new String(b, StandardCharsets.UTF_8).replaceFirst("\\d{4}-\\d{2}-\\d{2}", "2020-02-30");
                return s.getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String s = new String(b, StandardCharsets.UTF_8).replaceFirst("LEDAMOT", "LEDAMOT_X").replaceFirst(": \\d+", ": 1e999");
                return s.getBytes(StandardCharsets.UTF_8);
            }
        }
        return b;
    }

    @AfterAll
    static void report() {
        System.out.printf("Command line (in process): %d files tried; exit 0: %d, exit 1: %d, exit 2 with one line naming the file: %d%n",
                TRIED.get(), BY_STATUS[0], BY_STATUS[1], BY_STATUS[2]);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
