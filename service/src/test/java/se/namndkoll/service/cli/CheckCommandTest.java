package se.namndkoll.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.rules.RuleEngine;

class CheckCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static RuleEngine engine;

    private static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.create();
        }
        return engine;
    }

    private int run(String... args) {
        return run(CheckCommandTest::engine, args);
    }

    private int run(java.util.function.Supplier<RuleEngine> engines, String... args) {
        CheckCommand command = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC), false, engines);
        return command.execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aBracketHoldingOnlyASeparatorIsCheckedLikeAnyText() throws Exception {
        // "[/]" once made the placeholder rules' condition throw, and the command end with a stack trace
        Path protocol = write("protokoll.txt", """
                Protokoll
                Gemensamma nämnden
                Sammanträdesdatum 2020-03-11

                § 1 Val av justerare
                Nämnden beslutar att utse Anna Andersson [/] att justera protokollet.
                """);
        assertThat(run("check", protocol.toString())).isBetween(0, 1);
        assertThat(err()).isEmpty();
    }

    @Test
    void aCheckThatFailsInsideIsOneLineNamingTheFileAndStatusThree() throws Exception {
        RuleEngine failing = org.mockito.Mockito.mock(RuleEngine.class);
        org.mockito.Mockito.when(failing.check(org.mockito.ArgumentMatchers.any())).thenThrow(new IllegalStateException("boom"));
        org.mockito.Mockito.when(failing.ruleSetVersion()).thenReturn("0.0.0-test");
        Path example = Path.of("..", "docs", "examples", "check-quorum.json");
        assertThat(run(() -> failing, "check", example.toString())).isEqualTo(CheckCommand.INTERNAL);
        assertThat(err().strip().lines().toList()).hasSize(1);
        assertThat(err()).contains("check-quorum.json").contains("internt fel").contains("0.0.0-test")
                .doesNotContain("boom", "Exception", "\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void withoutFilesTheUsageIsShownAndTheStatusIsTwo() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(err()).contains("ange minst en fil").contains("Användning");
    }

    @Test
    void theBodyOfAnApiCheckIsACaseTooWithItsCommitteeIdAndMergePatch() throws Exception {
        Path example = Path.of("..", "docs", "examples", "check-quorum.json");
        assertThat(run("check", "--format", "json", example.toString())).isEqualTo(1);
        assertThat(out()).contains("\"KL-QUORUM\"").contains("7 tjänstgörande av 14");

        String unknown = Files.readString(example).replace("\"e-namnden-norrbotten\"", "\"ingen-sadan-namnd\"");
        assertThat(run("check", write("okand.json", unknown).toString())).isEqualTo(2);
        assertThat(err()).contains("okand.json").contains("committeeId ingen-sadan-namnd").contains("e-namnden-norrbotten");
    }

    @Test
    void anUnverifiedCitationOfAnAgreementIsNotCalledUnverifiedAgainstTheStatute() {
        assertThat(TextOutput.citesStatute(List.of("KL 6 kap. 27 §"))).isTrue();
        assertThat(TextOutput.citesStatute(List.of("Lag (1930:173) 2 §"))).isTrue();
        assertThat(TextOutput.citesStatute(List.of("Samverkansöverenskommelse (kostnadsfördelning)", "Reglemente § 7"))).isFalse();
        assertThat(TextOutput.citesStatute(List.of("Ingen lagregel (dokumentkontroll)"))).isFalse();
    }

    @Test
    void anUnknownFlagOrABadDateIsBadUsage() {
        assertThat(run("check", "--verbose", "a.txt")).isEqualTo(2);
        assertThat(run("check", "--as-of", "11 mars", "a.txt")).isEqualTo(2);
        assertThat(run("check", "--format", "xml", "a.txt")).isEqualTo(2);
        assertThat(run("check", "--committee", "okand-namnd", "a.txt")).isEqualTo(2);
        assertThat(err()).contains("--verbose").contains("ÅÅÅÅ-MM-DD").contains("xml").contains("okand-namnd");
    }

    @Test
    void aMissingOrUnreadableFileIsNamedOnOneLineWithoutAStackTraceAndNothingIsChecked() throws Exception {
        Path good = write("ok.json", "{\"protocol\": {\"meetingDate\": \"2020-03-11\", \"attendance\": [{\"person\": \"A B\", \"role\": \"LEDAMOT\"}]}}");
        Path fake = write("falsk.pdf", "inte en pdf");
        assertThat(run("check", good.toString(), dir.resolve("saknas.txt").toString(), fake.toString())).isEqualTo(2);
        assertThat(err().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("namndkoll check: "));
        assertThat(err()).contains("saknas.txt: filen finns inte").contains("falsk.pdf").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void aJsonCaseWithAnErrorGivesStatusOneAndTheJsonFormat() throws Exception {
        Path bad = write("utan-narvaro.json", "{\"protocol\": {\"meetingDate\": \"2022-03-16\"}}");
        Path good = write("med-narvaro.json", "{\"protocol\": {\"meetingDate\": \"2020-03-11\", \"attendance\": [{\"person\": \"A B\", \"role\": \"LEDAMOT\"}]}}");
        assertThat(run("check", "--format", "json", bad.toString(), good.toString())).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.fieldNames()).toIterable().containsExactly("ruleSetVersion", "results");
        assertThat(root.get("results")).hasSize(2);
        JsonNode first = root.get("results").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("source", "documentKind", "committee", "body", "findings", "rulesEvaluated", "rulesNotRun");
        assertThat(first.get("source").asText()).endsWith("utan-narvaro.json");
        assertThat(first.get("documentKind").get(0).asText()).isEqualTo("PROTOCOL");
        assertThat(first.get("committee").isNull()).isTrue();
        assertThat(first.get("body").isNull()).isTrue();
        assertThat(first.get("findings").get(0).get("ruleId").asText()).isEqualTo("KL-ATTENDANCE-RECORD");
        assertThat(first.get("findings").get(0).get("legalBasis").get(0).asText()).isEqualTo("KL 5 kap. 67 §");
        assertThat(root.get("results").get(1).get("source").asText()).endsWith("med-narvaro.json");
    }

    @Test
    void aCleanCaseGivesStatusZero() throws Exception {
        Path good = write("ok.json", "{\"protocol\": {\"meetingDate\": \"2020-03-11\", \"attendance\": [{\"person\": \"A B\", \"role\": \"LEDAMOT\"}]}}");
        assertThat(run("check", good.toString())).isEqualTo(0);
        assertThat(out()).contains("0 fel");
    }

    @Test
    void theTextFormatGroupsBySeverityWithLinesAndCitationsAndNoColoursOffATerminal() throws Exception {
        Path doc = write("protokoll.txt", """
                Protokoll
                Gemensamma nämnden
                Sammanträdesdatum 2022-03-16
                Beslutande Enligt närvarolista
                Justerare Eva Ek

                § 1
                Information
                Beslut
                Nämnden lägger informationen till handlingarna.
                """);
        // the närvarolista the protocol refers to is not in the file: a warning, so the status is 0
        assertThat(run("check", "--as-of", "2022-03-16", doc.toString())).isEqualTo(0);
        assertThat(out()).contains("VARNINGAR (").contains("rad 4").contains("KL-ATTENDANCE-RECORD").contains("KL 5 kap. 67 §")
                .doesNotContain("\u001b[");
    }

    @Test
    void aCommitteeGivenAsJsonIsUsed() throws Exception {
        Path committee = write("namnd.json", """
                {"id": "testnamnden", "name": "Testnämnden", "form": "GEMENSAM_NAMND", "hostPartyId": "a",
                 "parties": [{"id": "a", "name": "A kommun", "kind": "KOMMUN"}, {"id": "b", "name": "B kommun", "kind": "KOMMUN"}]}
                """);
        Path good = write("ok.json", "{\"protocol\": {\"meetingDate\": \"2020-03-11\", \"attendance\": [{\"person\": \"A B\", \"role\": \"LEDAMOT\"}]}}");
        assertThat(run("check", "--format=json", "--committee", committee.toString(), good.toString())).isEqualTo(0);
        assertThat(out()).contains("\"committee\" : \"testnamnden\"");
    }

    @Test
    void aBodyThatIsNotRegisteredIsNamedAsWrittenAndMarkedNotRegistered() throws Exception {
        // "Gemensamma nämnden" is an alias of a bundled committee; this is another nämnd
        Path doc = write("protokoll.txt", """
                Gemensamma nämnden för upphandling
                PROTOKOLL
                Sammanträdesdatum 2026-02-04
                Beslutande Anna Ek (S), Per Lind (M)
                Justerare Per Lind

                § 1
                Information
                Beslut
                Nämnden lägger informationen till handlingarna.
                """);
        run("check", doc.toString());
        assertThat(out()).contains("Gemensamma nämnden för upphandling – inte registrerad (bara dokumentregler och allmänna regler)");
        out.reset();
        run("check", "--format", "json", doc.toString());
        assertThat(out()).contains("\"committee\" : null").contains("\"registered\" : false")
                .contains("\"label\" : \"Gemensamma nämnden för upphandling – inte registrerad\"");
        out.reset();
        run("check", "--committee", "e-namnden-norrbotten", doc.toString());
        assertThat(out()).contains("Norrbottens e-nämnd (e-namnden-norrbotten)").doesNotContain("inte registrerad");
    }
}
