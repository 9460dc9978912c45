package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few real {@code java -jar namndkoll.jar check} runs on unreadable files: exit status 2 and one
 * line on standard error naming the file, no stack trace, nothing on standard output; and a seed
 * document still checks. And the jar's own answers before a server runs: its help, and a database
 * another service holds.
 */
class CommandLineJarIT {

    @Test
    void unreadableFilesEndWithStatusTwoAndOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("skadad.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1));
        Path encrypted = Files.write(dir.resolve("låst.pdf"), Corpus.pdf("Protokoll\nSammanträde 2020-03-11", "agare", "anvandare"));
        Path notJson = Files.write(dir.resolve("fall.json"), "{\"evaluationDate\": \"2020-02-30\"".getBytes(StandardCharsets.UTF_8));
        Path bomb = Files.write(dir.resolve("bomb.docx"), SizeBombIT.docxBomb(256));
        for (Path file : List.of(corrupt, encrypted, notJson, bomb)) {
            Run run = run(file.toString());
            System.out.printf("java -jar namndkoll.jar check %s → exit %d: %s%n", file.getFileName(), run.status(), run.stderr().strip());
            assertThat(run.status()).as(file.toString()).isEqualTo(2);
            assertThat(run.stderr().strip().lines().toList()).as("one line: %s", run.stderr()).hasSize(1);
            assertThat(run.stderr()).startsWith("namndkoll check: " + file).doesNotContain("\tat ", "Exception", "java.");
            assertThat(run.stdout()).isEmpty();
        }
        // A case with several errors: each on a line of its own, in words; still nothing on standard output.
        Path errors = Files.write(dir.resolve("flera-fel.json"),
                "{\"evaluationDate\": \"2020-13-45\", \"protokoll\": {}}".getBytes(StandardCharsets.UTF_8));
        Run several = run(errors.toString());
        assertThat(several.status()).isEqualTo(2);
        assertThat(several.stdout()).isEmpty();
        assertThat(several.stderr().lines().toList()).containsExactly(
                "namndkoll check: " + errors + ": /evaluationDate: Ogiltigt datum 2020-13-45. Ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.",
                "namndkoll check: " + errors + ": /protokoll: Okänt fält protokoll. Kontrollera stavningen.");
        Run example = run("--committee", "e-namnden-norrbotten", Corpus.EXAMPLE_DOCUMENT.toString());
        assertThat(example.status()).as("the example has errors").isEqualTo(1);
        assertThat(example.stdout()).contains("KL-ANSLAG-TIMELY", "FIN-TABLE-SUMS");
    }

    @Test
    void helpPrintsTheUsageOfTheServiceAndTheCommandLineAndStartsNothing() throws Exception {
        for (String flag : List.of("--help", "-h", "help")) {
            Run run = runJar(flag);
            assertThat(run.status()).as(flag).isZero();
            assertThat(run.stdout()).as(flag).contains("Användning:").contains("java -jar namndkoll.jar check").contains("Slutstatus:")
                    .doesNotContain("Tomcat", "Started", "INFO");
            assertThat(run.stderr()).as(flag).isEmpty();
        }
        Run check = run("--help");
        assertThat(check.status()).isZero();
        assertThat(check.stdout()).contains("  0  ").contains("  1  ").contains("  2  ").contains("  3  ");
    }

    @Test
    void aSecondServiceOnTheSameDatabaseSaysSoInOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (JarProcess first = JarProcess.start(data, "384m")) {
            Run second = runJar("--server.port=" + JarProcess.freePort(), "--server.address=127.0.0.1", "--namndkoll.data-dir=" + data);
            String output = second.stdout() + second.stderr();
            System.out.printf("a second service on %s → exit %d:%n%s%n", data, second.status(),
                    output.lines().filter(l -> l.contains("ERROR") || l.contains("WARN")).reduce("", (a, b) -> a + "  " + b + "\n"));
            assertThat(second.status()).isNotZero();
            assertThat(output.lines().filter(l -> l.contains("in use by another process")).toList()).hasSize(1);
            assertThat(output.lines().filter(l -> l.contains(" ERROR ")).toList()).as("one error line").hasSize(1);
            assertThat(output).doesNotContain("\tat ", "Caused by", "APPLICATION FAILED TO START", "SQL State", "cancelling refresh attempt");
            assertThat(first.process.isAlive()).as("the first service runs on").isTrue();
        }
    }

    record Run(int status, String stdout, String stderr) {
    }

    /** {@code java -jar namndkoll.jar ARGS} (without "check"). */
    private static Run runJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaBin(), "-Xmx384m", "-jar", JarProcess.jar().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
    }

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaBin(), "-Xmx512m", "-jar", JarProcess.jar().toString(), "check"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
