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
 * document still checks.
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

    record Run(int status, String stdout, String stderr) {
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
