package se.namndkoll.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.rules.RuleEngine;

/** {@code bulk}: a folder checked on every core, one report per document, a summary; bad usage is exit 2 with one line. */
class BulkCommandTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        return new BulkCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Stockholm")), SharedEngine::get, false)
                .execute(args);
    }

    @Test
    void aFolderIsCheckedIntoOneReportPerDocumentAndASummary(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("norrbotten/2020"));
        for (int i = 0; i < 6; i++) {
            Files.copy(EXAMPLES.resolve("protokoll-e-namnden-2026-03-11.txt"), in.resolve("norrbotten/2020/protokoll-" + i + ".txt"));
        }
        Files.copy(EXAMPLES.resolve("check-quorum.json"), in.resolve("fall.json"));
        Files.write(in.resolve("skadad.pdf"), "%PDF-1.4 nothing more".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(in.resolve("anteckning.md"), "inte ett dokument");
        Path outDir = tmp.resolve("out");

        assertThat(run("bulk", "--out", outDir.toString(), "--threads", "2", in.toString())).as(err.toString()).isEqualTo(1);

        JsonNode report = json.readTree(outDir.resolve("norrbotten/2020/protokoll-4.txt.json").toFile());
        assertThat(report.at("/committeeId").asText()).isEqualTo("e-namnden-norrbotten");
        assertThat(report.at("/verdict").asText()).isEqualTo("FAIL");
        assertThat(report.at("/findings/0/ruleId").asText()).isEqualTo("KL-ANSLAG-TIMELY");
        assertThat(report.at("/findings/0/title").asText()).isEqualTo("Justeringen ska anslås senast andra dagen efter justeringen");
        assertThat(report.has("evaluationId")).as("checked here: no decision-log entry").isFalse();
        JsonNode problem = json.readTree(outDir.resolve("skadad.pdf.problem.json").toFile());
        assertThat(problem.at("/type").asText()).isEqualTo("https://namndkoll.se/problems/unreadable-document");
        assertThat(problem.at("/status").asInt()).isEqualTo(422);
        assertThat(Files.exists(outDir.resolve("anteckning.md.json"))).isFalse();

        JsonNode summary = json.readTree(outDir.resolve("summary.json").toFile());
        assertThat(summary.at("/mode").asText()).isEqualTo("local");
        assertThat(summary.at("/documents").asInt()).isEqualTo(8);
        assertThat(summary.at("/byVerdict/FAIL").asInt()).isEqualTo(7);
        assertThat(summary.at("/unreadable").asInt()).isEqualTo(1);
        assertThat(summary.at("/findingsByRule/KL-ANSLAG-TIMELY/documents").asInt()).isEqualTo(6);
        assertThat(summary.at("/findingsByRule/KL-QUORUM/findings").asInt()).isEqualTo(1);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("8 dokument på").contains("fel (FAIL) 7").contains("kunde inte läsas 1").contains("KL-ANSLAG-TIMELY");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("8 av 8 dokument (100 %)");
    }

    @Test
    void badUsageIsOneLineAndExitStatusTwo(@TempDir Path tmp) throws Exception {
        assertThat(run("bulk", tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("namndkoll bulk: ange --out KATALOG");
        err.reset();
        assertThat(run("bulk", "--out", tmp.resolve("o").toString(), tmp.resolve("finns-inte").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("namndkoll bulk: " + tmp.resolve("finns-inte") + ": katalogen finns inte");
        err.reset();
        assertThat(run("bulk", "--out", tmp.resolve("o").toString(), tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("inga dokument");
        err.reset();
        assertThat(run("bulk", "--threads", "noll", "--out", "x", tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("namndkoll bulk: --threads väntar ett positivt heltal, fick \"noll\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }
}
