package se.namndkoll.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.service.SharedCorpus;

/** committee draft FILE… --out committee.json, and check --committee committee.json with it. */
class DraftCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int draft(String... args) {
        out.reset();
        err.reset();
        return new DraftCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private int check(String... args) {
        out.reset();
        err.reset();
        return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC), false, SharedEngine::get).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = DraftCommandTest.class.getResourceAsStream("/drafts/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void aDraftedReglementeIsWrittenAndUsedToCheckTheCommitteesKallelse() throws Exception {
        Path committee = dir.resolve("committee.json");
        assertThat(draft("committee", "draft", fixture("reglemente-lonenamnd.txt").toString(), "--out", committee.toString())).isEqualTo(0);
        assertThat(Files.readString(committee)).contains("\"id\" : \"adalens-gemensamma-lonenamnd\"").contains("\"noticeDaysBefore\" : 7");
        assertThat(out()).contains("Utkast: Ådalens gemensamma lönenämnd (adalens-gemensamma-lonenamnd), gemensam nämnd")
                .contains("Parter: Härnösands kommun (rad 3)").contains("Värd: Härnösands kommun (rad 12)")
                .contains("kallelse senast 7 dagar före (rad 35–36)")
                .contains("check --committee " + committee);

        assertThat(check("check", "--committee", committee.toString(), "--format", "json", fixture("kallelse-lonenamnd.txt").toString())).isEqualTo(1);
        assertThat(out()).contains("\"committee\" : \"adalens-gemensamma-lonenamnd\"").contains("\"ruleId\" : \"REGL-NOTICE-DEADLINE\"");
    }

    @Test
    void withoutOutTheCommitteeGoesToStandardOutAndTheSummaryToStandardError() throws Exception {
        assertThat(draft("committee", "draft", fixture("reglemente-lonenamnd.txt").toString())).isEqualTo(0);
        assertThat(out()).startsWith("{").contains("\"hostPartyId\" : \"harnosand\"");
        assertThat(err()).contains("Utkast: Ådalens gemensamma lönenämnd");
        assertThat(draft("committee", "draft", "--format=json", fixture("reglemente-lonenamnd.txt").toString())).isEqualTo(0);
        assertThat(out()).contains("\"provenance\"").contains("\"unresolved\"");
    }

    @Test
    void aProtocolAnEmptyFileOrAMissingFileIsBadInputWithStatusTwoAndNothingIsWritten() throws Exception {
        Path committee = dir.resolve("committee.json");
        assertThat(draft("committee", "draft", fixture("protokoll-lonenamnd.txt").toString(), "--out", committee.toString())).isEqualTo(2);
        assertThat(err()).contains("protokoll-lonenamnd.txt är ett protokoll, inte ett reglemente").doesNotContain("Exception");
        assertThat(err().strip().lines()).hasSize(1);
        Path empty = Files.writeString(dir.resolve("tom.txt"), "");
        assertThat(draft("committee", "draft", empty.toString(), "--out", committee.toString())).isEqualTo(2);
        assertThat(err()).contains("tom.txt");
        assertThat(draft("committee", "draft", dir.resolve("finns-inte.pdf").toString())).isEqualTo(2);
        assertThat(err()).contains("finns-inte.pdf: filen finns inte");
        assertThat(Files.exists(committee)).isFalse();
        assertThat(draft("committee", "utkast")).isEqualTo(2);
        assertThat(draft("committee", "draft")).isEqualTo(2);
        assertThat(err()).contains("Användning");
    }

    @Test
    void aReglementeAndItsAgreementDraftedCheckTheCommitteesProtocolWithTheCommitteeRules() throws Exception {
        Path protocol = fixture("protokoll-lonenamnd.txt");
        // Without the committee the protocol's body is unknown and its rules cannot run.
        assertThat(check("check", "--format", "json", protocol.toString())).isEqualTo(0);
        JsonNode unknown = new ObjectMapper().readTree(out()).at("/results/0");
        assertThat(unknown.at("/findings").findValuesAsText("ruleId")).doesNotContain("KL-QUORUM");
        assertThat(unknown.at("/rulesNotRun").findValuesAsText("ruleId")).contains("KL-QUORUM", "REGL-JUSTERING");

        Path committee = dir.resolve("committee.json");
        assertThat(draft("committee", "draft", fixture("reglemente-lonenamnd.txt").toString(), fixture("avtal-lonenamnd.txt").toString(),
                "--out", committee.toString())).isEqualTo(0);
        assertThat(out()).contains("kostnader efter antal invånare (avtal-lonenamnd.txt rad 9–10)");
        assertThat(Files.readString(committee)).contains("\"costAllocation\" : \"PER_INHABITANT\"");

        assertThat(check("check", "--committee", committee.toString(), "--format", "json", protocol.toString())).isEqualTo(1);
        JsonNode known = new ObjectMapper().readTree(out()).at("/results/0");
        assertThat(known.at("/committee").asText()).isEqualTo("adalens-gemensamma-lonenamnd");
        assertThat(known.at("/findings").findValuesAsText("ruleId")).contains("KL-QUORUM");
        assertThat(known.at("/rulesNotRun").findValuesAsText("ruleId")).doesNotContain("KL-QUORUM", "REGL-JUSTERING");
        assertThat(out()).contains("3 tjänstgörande av 6").doesNotContain("\"factsFrom\" : \"document\"");
        assertThat(check("check", "--committee", committee.toString(), protocol.toString())).isEqualTo(1);
        assertThat(out()).contains("KL 6 kap. 27 §");
    }

    @Test
    void anUnreadableFileIsBadInputWithStatusTwoAndNothingIsWritten() throws Exception {
        Path committee = dir.resolve("committee.json");
        Path broken = Files.write(dir.resolve("reglemente.pdf"), "%PDF-1.4\n\u00ff\u00fe nothing a reader can use".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(draft("committee", "draft", broken.toString(), "--out", committee.toString())).isEqualTo(2);
        assertThat(err()).contains("reglemente.pdf").doesNotContain("Exception");
        assertThat(err().strip().lines()).hasSize(1);
        // one good file and one bad: still nothing
        assertThat(draft("committee", "draft", fixture("reglemente-lonenamnd.txt").toString(), broken.toString(), "--out", committee.toString()))
                .isEqualTo(2);
        assertThat(Files.exists(committee)).isFalse();
    }

    @Test
    void aCommitteeWithAPartyTwiceIsRefusedByCheck() throws Exception {
        Path twice = Files.writeString(dir.resolve("dubbel.json"), """
                {"id": "dubbel", "name": "Dubbelnämnden", "form": "GEMENSAM_NAMND", "hostPartyId": "a",
                 "parties": [{"id": "a", "name": "Ale kommun", "kind": "KOMMUN"}, {"id": "a", "name": "Alingsås kommun", "kind": "KOMMUN"}]}""");
        assertThat(check("check", "--committee", twice.toString(), fixture("kallelse-lonenamnd.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("dubbel.json: /parties/1/id: Parten finns redan: varje kommun eller region får bara anges en gång");
    }

    @Test
    void aRealFörbundsordningDraftedAndSavedChecksARealProtocolOfTheSameFörbund() throws Exception {
        Path ordning = SharedCorpus.path(SharedCorpus.KALMARSUND_FORBUNDSORDNING);
        Path protocol = SharedCorpus.path(SharedCorpus.KALMARSUND_PROTOCOL);
        Path committee = dir.resolve("kalmarsund.json");
        assertThat(draft("committee", "draft", ordning.toString(), "--out", committee.toString())).isEqualTo(0);
        assertThat(out()).contains("Kalmarsunds gymnasieförbund").contains("Borgholms kommun").contains("Värd: Kalmar kommun")
                .contains("22 utan känd part");
        check("check", "--committee", committee.toString(), "--format", "json", protocol.toString());
        // the committee rules ran on the drafted förbund: its quorum from its eleven ledamöter
        assertThat(out()).contains("\"committee\" : \"kalmarsunds-gymnasieforbund\"").contains("\"KL-QUORUM\"")
                .contains("\"registered\" : true");
    }
}
