package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few real {@code java -jar namndkoll.jar check} runs on unreadable files: exit status 2 and one
 * line on standard error naming the file, no stack trace, nothing on standard output; and a seed
 * document still checks. And the jar's own answer before a server runs: its help. (A database
 * another instance holds: {@link SecondInstanceIT}.)
 */
class CommandLineJarIT {

    @Test
    void unreadableFilesEndWithStatusTwoAndOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("skadad.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1));
        Path encrypted = Files.write(dir.resolve("låst.pdf"), Corpus.pdf("Protokoll\nSammanträde 2020-03-11", "agare", "anvandare"));
        Path notJson = Files.write(dir.resolve("fall.json"), "{\"evaluationDate\": \"2020-02-30\"".getBytes(StandardCharsets.UTF_8));
        Path bomb = Files.write(dir.resolve("bomb.docx"), SizeBombIT.docxBomb(256));
        for (Path file : List.of(corrupt, encrypted, notJson, bomb)) {
            JarProcess.Run run = run(file.toString());
            System.out.printf("java -jar namndkoll.jar check %s → exit %d: %s%n", file.getFileName(), run.status(), run.stderr().strip());
            assertThat(run.status()).as(file.toString()).isEqualTo(2);
            assertThat(run.stderr().strip().lines().toList()).as("one line: %s", run.stderr()).hasSize(1);
            assertThat(run.stderr()).startsWith("namndkoll check: " + file).doesNotContain("\tat ", "Exception", "java.");
            assertThat(run.stdout()).isEmpty();
        }
        // A case with several errors: each on a line of its own, in words; still nothing on standard output.
        Path errors = Files.write(dir.resolve("flera-fel.json"),
                "{\"evaluationDate\": \"2020-13-45\", \"protokoll\": {}}".getBytes(StandardCharsets.UTF_8));
        JarProcess.Run several = run(errors.toString());
        assertThat(several.status()).isEqualTo(2);
        assertThat(several.stdout()).isEmpty();
        assertThat(several.stderr().lines().toList()).containsExactly(
                "namndkoll check: " + errors + ": /evaluationDate: Ogiltigt datum 2020-13-45. Ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.",
                "namndkoll check: " + errors + ": /protokoll: Okänt fält protokoll. Kontrollera stavningen.");
        JarProcess.Run example = run("--committee", "e-namnden-norrbotten", Corpus.EXAMPLE_DOCUMENT.toString());
        assertThat(example.status()).as("the example has errors").isEqualTo(1);
        assertThat(example.stdout()).contains("KL-ANSLAG-TIMELY", "FIN-TABLE-SUMS");
    }

    @Test
    void helpPrintsTheUsageOfTheServiceAndTheCommandLineAndStartsNothing() throws Exception {
        for (String flag : List.of("--help", "-h", "help")) {
            JarProcess.Run run = runJar(flag);
            assertThat(run.status()).as(flag).isZero();
            assertThat(run.stdout()).as(flag).contains("Användning:").contains("java -jar namndkoll.jar check").contains("Slutstatus:")
                    .doesNotContain("Tomcat", "Started", "INFO");
            assertThat(run.stderr()).as(flag).isEmpty();
        }
        JarProcess.Run check = run("--help");
        assertThat(check.status()).isZero();
        assertThat(check.stdout()).contains("  0  ").contains("  1  ").contains("  2  ").contains("  3  ");
    }

    private static JarProcess.Run runJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaBin(), "-Xmx384m", "-jar", JarProcess.jar().toString()));
        command.addAll(List.of(args));
        return JarProcess.runToEnd(new ProcessBuilder(command));
    }

    private static JarProcess.Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaBin(), "-Xmx512m", "-jar", JarProcess.jar().toString(), "check"));
        command.addAll(List.of(args));
        return JarProcess.runToEnd(new ProcessBuilder(command));
    }
}
