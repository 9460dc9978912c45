package se.namndkoll.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Limits;
import se.namndkoll.rules.report.Location;

class CheckCommandTest {

    /** A protocol of a nämnd that is not registered ("Gemensamma nämnden" alone would be a bundled committee's alias). */
    private static final String UNREGISTERED_PROTOCOL = """
            Gemensamma nämnden för upphandling
            PROTOKOLL
            Sammanträdesdatum 2026-02-04
            Beslutande Anna Ek (S), Per Lind (M)
            Justerare Per Lind

            § 1
            Information
            Beslut
            Nämnden lägger informationen till handlingarna.
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(SharedEngine::get, args);
    }

    private int run(Supplier<RuleEngine> engines, String... args) {
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
        RuleEngine failing = Mockito.mock(RuleEngine.class);
        Mockito.when(failing.check(ArgumentMatchers.any())).thenThrow(new IllegalStateException("boom"));
        Mockito.when(failing.ruleSetVersion()).thenReturn("0.0.0-test");
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
    void aCaseWithoutAnEvaluationDateIsJudgedOnAsOfAndWithoutItTheErrorSaysSo() throws Exception {
        Path undated = write("odaterad.json", "{\"committeeId\": \"e-namnden-norrbotten\"}");
        assertThat(run("check", undated.toString())).isEqualTo(2);
        assertThat(err()).contains("odaterad.json: /evaluationDate: Bedömningsdag saknas").contains("--as-of");
        out.reset();
        assertThat(run("check", "--as-of", "2021-05-04", undated.toString())).isEqualTo(0);
        assertThat(out()).contains("bedömningsdag 2021-05-04");
    }

    @Test
    void anUnverifiedCitationOfAnAgreementIsNotCalledUnverifiedAgainstTheStatute() {
        assertThat(TextOutput.citesStatute(List.of("KL 6 kap. 27 §"))).isTrue();
        assertThat(TextOutput.citesStatute(List.of("Lag (1930:173) 2 §"))).isTrue();
        assertThat(TextOutput.citesStatute(List.of("Samverkansöverenskommelse (kostnadsfördelning)", "Reglemente § 7"))).isFalse();
        assertThat(TextOutput.citesStatute(List.of("Ingen lagregel (dokumentkontroll)"))).isFalse();
    }

    @Test
    void withServerTheFilesGoToARunningServiceAndNoRuleSetIsLoaded() throws Exception {
        assertThat(CheckCommand.parse(new String[] {"check", "--server", "http://127.0.0.1:8080", "a.txt"}).server())
                .isEqualTo("http://127.0.0.1:8080");
        assertThat(CheckCommand.parse(new String[] {"check", "--server=http://värd:8080/", "a.txt"}).server()).isEqualTo("http://värd:8080/");
        assertThat(CheckCommand.parse(new String[] {"check", "a.txt"}).server()).isNull();
        assertThat(RemoteCheck.contentType("Protokoll.PDF")).isEqualTo("application/pdf");
        assertThat(RemoteCheck.contentType("a.docx")).startsWith("application/vnd.openxmlformats");
        assertThat(RemoteCheck.contentType("a.txt")).isEqualTo("text/plain; charset=utf-8");
        // A service that is not there: status 2, one line naming it, and the rule set was never asked for.
        Path doc = write("protokoll.txt", "Protokoll\nSammanträde 2020-03-11\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(run(() -> {
            throw new AssertionError("no rule set with --server");
        }, "check", "--server", "http://127.0.0.1:" + port, doc.toString())).isEqualTo(2);
        assertThat(err().lines().toList()).singleElement().asString().startsWith("namndkoll check: http://127.0.0.1:" + port + " svarar inte");
        assertThat(RemoteCheck.text("p.txt", new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"verdict": "FAIL", "committeeId": "e-namnden-norrbotten", "evaluationDate": "2020-03-11",
                 "findings": [{"severity": "ERROR", "ruleId": "KL-QUORUM", "message": "Inte beslutför.", "legalBasis": ["KL 6 kap. 27 §"]}],
                 "rulesEvaluated": ["KL-QUORUM"]}""")))
                .isEqualTo("""
                        p.txt
                          FAIL · e-namnden-norrbotten · bedömningsdag 2020-03-11
                          ERROR   KL-QUORUM: Inte beslutför. (KL 6 kap. 27 §)
                          1 regler prövade

                        """);
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
        assertThat(first.fieldNames()).toIterable().containsExactly("source", "documentKind", "committee", "body", "verdict", "findings",
                "rulesEvaluated", "rulesNotRun");
        assertThat(first.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(first.get("source").asText()).endsWith("utan-narvaro.json");
        assertThat(first.get("documentKind").get(0).asText()).isEqualTo("PROTOCOL");
        assertThat(first.get("committee").isNull()).isTrue();
        assertThat(first.get("body").isNull()).isTrue();
        assertThat(first.get("findings").get(0).get("ruleId").asText()).isEqualTo("KL-ATTENDANCE-RECORD");
        assertThat(first.get("findings").get(0).get("legalBasis").get(0).asText()).isEqualTo("KL 5 kap. 66 §");
        // the JSON format always carries the provisions' wording
        assertThat(first.get("findings").get(0).get("provisions").get(0).get("text").asText())
                .startsWith("Protokollet ska redovisa vilka ledamöter och ersättare som har tjänstgjort");
        assertThat(root.get("results").get(1).get("source").asText()).endsWith("med-narvaro.json");
    }

    @Test
    void withoutExplainTheTextFormatLeavesOutTheLawsWordsAndWrapsThemWhole() throws Exception {
        Path bad = write("utan-narvaro.json", "{\"protocol\": {\"meetingDate\": \"2022-03-16\"}}");
        assertThat(run("check", bad.toString())).isEqualTo(1);
        assertThat(out()).doesNotContain("Lagtext");
        assertThat(TextOutput.wrap("ska 5 kap. 65–67 och 69 §§ och 8 kap. 12 § tillämpas", 8))
                .containsExactly("ska", "5 kap.", "65–67", "och", "69 §§", "och", "8 kap.", "12 §", "tillämpas");
    }

    @Test
    void withExplainTheTextFormatShowsTheLawsWordsAndVersionUnderEveryFinding() throws Exception {
        Path bad = write("utan-narvaro.json", "{\"protocol\": {\"meetingDate\": \"2022-03-16\"}}");
        assertThat(run("check", "--explain", bad.toString())).isEqualTo(1);
        assertThat(out()).contains("Grund: KL 5 kap. 66 §; KL 5 kap. 67 § 5; KL 6 kap. 35 §")
                .contains("      Lagtext\n")
                .contains("        KL 5 kap. 66 § – Kommunallag (2017:725), lydelse enligt SFS 2017:725\n")
                .contains("          Protokollet ska redovisa vilka ledamöter och ersättare som har tjänstgjort och vilka")
                .contains("        KL 6 kap. 35 § – Kommunallag (2017:725), lydelse enligt SFS 2017:725\n")
                .contains("kap. 65–67 och 69 §§ och 8 kap. 12 § tillämpas.");
        // wrapped, no line of law text wider than the output
        assertThat(out().lines().filter(l -> l.startsWith("          "))).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(CheckCommand.parse(new String[] {"check", "--explain", "a.txt"}).explain()).isTrue();
        assertThat(CheckCommand.parse(new String[] {"check", "a.txt"}).explain()).isFalse();
    }

    @Test
    void aJsonCaseWithSeveralErrorsNamesEachInSwedishOnALineOfItsOwn() throws Exception {
        Path bad = write("fall.json", """
                {"evaluationDate": "2020-13-45", "protokoll": {},
                 "protocol": {"meetingDate": "2020-03-11", "attendance": [{"person": "", "role": "ORDFORANDE"}]}}""");
        assertThat(run("check", bad.toString())).isEqualTo(2);
        assertThat(err().lines().toList()).containsExactly(
                "namndkoll check: " + bad + ": /evaluationDate: Ogiltigt datum 2020-13-45. Ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.",
                "namndkoll check: " + bad + ": /protocol/attendance/0/person: Värdet saknas eller är tomt.",
                "namndkoll check: " + bad + ": /protocol/attendance/0/role: Okänt värde ORDFORANDE. Tillåtna värden: LEDAMOT, ERSATTARE.",
                "namndkoll check: " + bad + ": /protokoll: Okänt fält protokoll. Kontrollera stavningen.");
        assertThat(out()).isEmpty();

        Path notJson = write("trasig.json", "{\"evaluationDate\": ");
        err.reset();
        assertThat(run("check", notJson.toString())).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("namndkoll check: " + notJson + ": är inte giltig JSON (rad 1, kolumn 20)");
    }

    @Test
    void theHelpListsEveryExitStatus() {
        assertThat(run("check", "--help")).isEqualTo(0);
        assertThat(out()).contains("Slutstatus:").contains("  0  ").contains("  1  ").contains("  2  ").contains("  3  ")
                .contains("bedömningsdag").doesNotContain("prövningsdag");
        assertThat(err()).isEmpty();
    }

    @Test
    void aProtocolWithoutItsCommitteeIsPartlyCheckedInTextAndJsonAndPagesAreShown() throws Exception {
        Path doc = write("protokoll.txt", UNREGISTERED_PROTOCOL);
        assertThat(run("check", doc.toString())).isEqualTo(0);
        assertThat(out()).contains("REGLER SOM INTE KUNDE PRÖVAS (").contains("DOC-DISTRIBUTION")
                .contains("– saknar en registrerad nämnd")
                .contains("Resultat: Delvis granskad: nämndens regler kunde inte prövas")
                .contains("bedömningsdag 2026-02-04");
        out.reset();
        run("check", "--format", "json", doc.toString());
        JsonNode result = new ObjectMapper().readTree(out()).get("results").get(0);
        assertThat(result.get("verdict").asText()).isEqualTo("INCOMPLETE");
        assertThat(result.get("rulesNotRun").findValuesAsText("ruleId")).contains("DOC-DISTRIBUTION");
        assertThat(result.get("rulesNotRun").get(0).get("missing").get(0).asText()).isEqualTo("COMMITTEE");

        assertThat(TextOutput.where(new Location("/protocol/attendance", 3, 12, null))).isEqualTo("sida 3, rad 12");
        assertThat(TextOutput.where(new Location("/protocol/attendance", null, 5, 6))).isEqualTo("rad 5–6");
        assertThat(TextOutput.where(Location.of("/protocol"))).isEmpty();
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
        Path doc = write("protokoll.txt", UNREGISTERED_PROTOCOL);
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

    @Test
    void aDocumentReadIntoMoreThanTheFactModelTakesIsNotCheckedAsTheServiceRefusesIt() throws Exception {
        // more persons in the närvarolista than the fact model holds: the service answers 422, the command exits 2, never a pass
        String[] first = {"Anna", "Per", "Eva", "Lars", "Karin", "Olof", "Maria", "Erik", "Sara", "Johan", "Lena", "Nils", "Ida", "Karl",
            "Emma", "Jonas", "Ulla", "Sven", "Maja", "Anders", "Elin", "Björn", "Frida", "Gustav", "Hanna", "Ivar", "Jenny", "Kjell",
            "Linnea", "Magnus", "Nora", "Oskar", "Petra", "Rune", "Stina", "Tore", "Vera", "Viktor", "Agnes", "Bo", "Cecilia", "David",
            "Ebba", "Fredrik", "Greta", "Henrik", "Ingrid", "Jan", "Klara", "Leif"};
        String[] last = {"Ek", "Lind", "Berg", "Holm", "Strand", "Sjö", "Dahl", "Lund", "Nord", "Ström", "Falk", "Hed", "Blom", "Wik",
            "Ros", "Sand", "Brink", "Hall", "Kvist", "Mark", "Almqvist", "Björk", "Eng", "Forsberg", "Granlund", "Hagström", "Isaksson",
            "Jansson", "Karlsson", "Lindqvist", "Moberg", "Nyström", "Olsson", "Persson", "Quist", "Rydberg", "Svensson", "Törnqvist",
            "Ulfsson", "Vikström", "Wallin", "Zetterberg", "Åberg", "Öberg", "Ahlin", "Boman", "Carlsson", "Dahlberg", "Ekman", "Fors"};
        StringBuilder text = new StringBuilder("PROTOKOLL\nTekniska nämnden\nSammanträdesdatum 2026-02-04\n\nNärvarolista\nLedamöter\n");
        for (int n = 0; n <= Limits.ATTENDANCE; n++) {
            text.append(first[n % first.length]).append(' ').append(last[n / first.length % last.length]).append(" (S)\n");
        }
        text.append("\n§ 1 Information\nBeslut\nNämnden lägger informationen till handlingarna.\n");
        Path doc = write("protokoll.txt", text.toString());
        assertThat(run("check", doc.toString())).isEqualTo(2);
        assertThat(err()).contains("innehåller mer än kommandot kan kontrollera").contains("/protocol/attendance");
        assertThat(out()).isEmpty();
    }
}
