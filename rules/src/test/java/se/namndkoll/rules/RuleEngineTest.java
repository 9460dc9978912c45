package se.namndkoll.rules;

import se.namndkoll.rules.model.FactsSource;
import se.namndkoll.rules.report.RuleNotRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.report.Severity;

/** The engine's contract: findings carry id, citation, location and facts; the catalogue is complete. */
class RuleEngineTest {

    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.create();
    }

    @Test
    void aFindingCarriesItsRuleIdCitationLocationAndFacts() {
        Report report = engine.check(caseWithPresent(7));

        Finding quorum = report.findings().stream().filter(f -> f.ruleId().equals("KL-QUORUM")).findFirst().orElseThrow();
        assertThat(quorum.severity()).isEqualTo(Severity.ERROR);
        assertThat(quorum.legalBasis()).containsExactly("KL 6 kap. 27 §");
        assertThat(quorum.verified()).isFalse();
        assertThat(quorum.location().pointer()).isEqualTo("/protocol/attendance");
        assertThat(quorum.facts()).containsEntry("present", 7L).containsEntry("required", 8).containsEntry("seats", 14);
        assertThat(quorum.message()).contains("7 tjänstgörande av 14").contains("minst 8");
        assertThat(quorum.messageEn()).contains("7 serving of 14");
        assertThat(report.rulesEvaluated()).contains("KL-QUORUM", "KL-ATTENDANCE-RECORD");
        assertThat(report.ruleSetVersion()).matches("0\\.1\\.0-SNAPSHOT\\+[0-9a-f]{12}");
    }

    @Test
    void aRuleThatHoldsIsEvaluatedButReportsNothing() {
        Report report = engine.check(caseWithPresent(8));

        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("KL-QUORUM"));
        assertThat(report.rulesEvaluated()).contains("KL-QUORUM");
    }

    @Test
    void aCaseWithoutAnyDateIsRejected() {
        assertThatThrownBy(() -> engine.check(new Case(null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaluationDate");
    }

    @Test
    void everyCatalogueEntryHasTitlesAndCitations() {
        assertThat(engine.catalogue().rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.titleEn()).isNotBlank();
            assertThat(rule.legalBasis()).isNotEmpty();
            assertThat(rule.sourceFiles()).isNotEmpty();
        });
        assertThat(engine.catalogue().find("KL-QUORUM").orElseThrow().sourceFiles())
                .containsExactly("kl/kl-06-27-beslutforhet.dmn", "kl/kl-06-sammantraden.drl");
    }

    @Test
    void aProvisionalCommitteesSeatCountGivesTheQuorumWithItsSourceSaid() {
        // a document stating "nämnden består av fjorton ledamöter" and listing seven serving: seats without parties
        List<Seat> seats = new ArrayList<>();
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            seats.add(new Seat(SeatRole.LEDAMOT, null, null, null));
            if (i < 7) {
                attendance.add(new Attendance("Ledamot " + i, SeatRole.LEDAMOT, null, null, null, null, null, null, null));
            }
        }
        Committee provisional = new Committee("testnamnden-dokument", "Testnämnden", null, CooperationForm.GEMENSAM_NAMND, null,
                List.of(), seats, null, null, null, null, null);
        Protocol protocol = new Protocol(LocalDate.of(2020, 3, 11), null, null, "Luleå", null, null, attendance, null, null, null, null,
                null, null, null, null, null, null, null, null);
        Report report = engine.check(new Case(null, provisional, protocol, null, null, null, null, null, null, null, FactsSource.DOCUMENT));

        Finding quorum = report.findings().stream().filter(f -> f.ruleId().equals("KL-QUORUM")).findFirst().orElseThrow();
        assertThat(quorum.factsFrom()).isEqualTo(FactsSource.DOCUMENT);
        assertThat(quorum.message()).endsWith("Uppgifterna om nämnden kommer från dokumentet självt, inte från registret.");
        assertThat(quorum.messageEn()).endsWith("The facts about the committee come from the document itself, not from the registry.");
        // what the document cannot know is not judged: no host, fewer than two parties
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("KL-JOINT-PARTIES"));
        // the findings that do not rest on the committee say nothing of it
        assertThat(report.findings()).filteredOn(f -> !f.ruleId().startsWith("KL-QUORUM")).allMatch(f -> f.factsFrom() == null);
        // and the rules that need the committee's terms say so
        assertThat(report.rulesNotRun()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("REGL-SUBSTITUTE-SAME-PARTY");
            assertThat(r.missing()).containsExactly("TERMS");
        });
    }

    @Test
    void aDocumentWithoutCommitteeListsTheCommitteeRulesThatCouldNotRun() {
        Protocol protocol = new Protocol(LocalDate.of(2020, 3, 11), null, null, "Luleå", null, null, List.of(), null, null, null, null,
                null, null, null, null, null, null, null, null);
        Report report = engine.check(new Case(null, null, protocol, null, null, null, null, null, null));

        assertThat(report.rulesNotRun()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("KL-QUORUM");
            assertThat(r.missing()).containsExactly("SEATS");
        });
        assertThat(report.rulesNotRun()).extracting(RuleNotRun::ruleId).doesNotContain("AGR-CHECKLIST-PARTIES", "KL-ATTENDANCE-RECORD");
        assertThat(report.rulesNotRun()).extracting(RuleNotRun::ruleId).doesNotContainAnyElementsOf(report.rulesEvaluated());
    }

    @Test
    void aCommitteeThatNamesAPartyTwiceIsMalformed() {
        Committee twice = new Committee("test", "Testnämnden", null, CooperationForm.GEMENSAM_NAMND, "vaxjo",
                List.of(new Party("vaxjo", "Växjö kommun", PartyKind.KOMMUN), new Party("alvesta", "Alvesta kommun", PartyKind.KOMMUN),
                        new Party("vaxjo-2", "Växjö", PartyKind.KOMMUN), new Party("alvesta", "Alvesta", PartyKind.KOMMUN)),
                null, null, null, null, null, null);
        assertThat(se.namndkoll.rules.validation.FactValidator.validate(twice, "/committee"))
                .extracting(v -> v.pointer() + " " + v.code())
                .containsExactly("/committee/parties/2/name UniqueParties", "/committee/parties/3/id UniqueParties");
    }

    private static Case caseWithPresent(int present) {
        List<Party> parties = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            parties.add(new Party("p" + i, "Kommun " + i, PartyKind.KOMMUN));
            seats.add(new Seat(SeatRole.LEDAMOT, "p" + i, "Ledamot " + i, null));
            seats.add(new Seat(SeatRole.ERSATTARE, "p" + i, "Ersättare " + i, null));
            if (i < present) {
                attendance.add(new Attendance("Ledamot " + i, SeatRole.LEDAMOT, "p" + i, null, null, null, null, null, null));
            }
        }
        Committee committee = new Committee("test", "Testnämnden", null, CooperationForm.GEMENSAM_NAMND, "p0", parties, seats,
                null, null, null, null, null);
        Protocol protocol = new Protocol(LocalDate.of(2020, 3, 11), null, null, "Luleå", null, null, attendance, null, null, null, null,
                null, null, null, null, null, null, null, null);
        return new Case(null, committee, protocol, null, null, null, null, null, null);
    }
}
