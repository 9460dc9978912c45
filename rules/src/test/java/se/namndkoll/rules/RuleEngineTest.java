package se.namndkoll.rules;

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
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.FactsSource;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.model.SourceSpan;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.model.TextLine;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.report.RuleNotRun;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.rules.report.Verdict;
import se.namndkoll.rules.validation.FactValidator;

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
        // checked against the bundled statute text, and carrying its words
        assertThat(quorum.verified()).isTrue();
        assertThat(quorum.provisions()).singleElement().satisfies(p -> {
            assertThat(p.ref()).isEqualTo("KL 6 kap. 27 §");
            assertThat(p.statute()).isEqualTo("Kommunallag (2017:725)");
            assertThat(p.text()).isEqualTo("En nämnd får handlägga ärenden endast om fler än hälften av ledamöterna är närvarande.");
            assertThat(p.version()).isEqualTo("SFS 2017:725");
            assertThat(p.quotes()).containsExactly("fler än hälften av ledamöterna är närvarande");
        });
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
                null, null, null, null, null, null, null, null, null);
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
    void aProtocolWithoutItsCommitteeIsIncompleteNeverAPassAndSaysWhatEachRuleLacked() {
        Case complete = caseWithPresent(3);
        Report report = engine.check(new Case(null, null, complete.protocol(), null, null, null, null, null, null));

        // 3 of 14 present, but without the committee nobody can say so: the quorum rule did not run.
        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(report.rulesEvaluated()).doesNotContain("KL-QUORUM");
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        RuleNotRun quorum = report.rulesNotRun().stream().filter(r -> r.ruleId().equals("KL-QUORUM")).findFirst().orElseThrow();
        assertThat(quorum.missing()).containsExactly("COMMITTEE");
        assertThat(quorum.reason()).isEqualTo("en registrerad nämnd");
        assertThat(quorum.reasonEn()).isEqualTo("a registered committee");
        assertThat(quorum.title()).isEqualTo("Nämnden ska vara beslutför");
        // Rules about what the case does not hold (procurement, agreements, the committee's own make-up) are not listed.
        assertThat(report.rulesNotRun()).extracting(RuleNotRun::ruleId)
                .doesNotContain("LOU-JOINT-COMMITTEE", "KL-JOINT-PARTIES", "AGR-CHECKLIST-HOST", "REGL-MEETING-PLAN");
        assertThat(report.rulesNotRun()).extracting(RuleNotRun::ruleId).doesNotContainAnyElementsOf(report.rulesEvaluated());
    }

    @Test
    void aCommitteeThatNamesAPartyTwiceIsMalformed() {
        Committee twice = new Committee("test", "Testnämnden", null, CooperationForm.GEMENSAM_NAMND, "vaxjo",
                List.of(new Party("vaxjo", "Växjö kommun", PartyKind.KOMMUN), new Party("alvesta", "Alvesta kommun", PartyKind.KOMMUN),
                        new Party("vaxjo-2", "Växjö", PartyKind.KOMMUN), new Party("alvesta", "Alvesta", PartyKind.KOMMUN)),
                null, null, null, null, null, null);
        assertThat(FactValidator.validate(twice, "/committee"))
                .extracting(v -> v.pointer() + " " + v.code())
                .containsExactly("/committee/parties/2/name UniqueParties", "/committee/parties/3/id UniqueParties");
    }

    @Test
    void aCommitteeWithoutSeatsLeavesTheQuorumUntriedAndSaysSo() {
        Case complete = caseWithPresent(3);
        Committee c = complete.committee();
        Committee withoutSeats = new Committee(c.id(), c.name(), c.aliases(), c.form(), c.hostPartyId(), c.parties(), null,
                null, null, null, null, null);
        Report report = engine.check(new Case(null, withoutSeats, complete.protocol(), null, null, null, null, null, null));

        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.rulesNotRun()).filteredOn(r -> r.ruleId().equals("KL-QUORUM")).singleElement()
                .satisfies(r -> assertThat(r.missing()).containsExactly("SEATS"));
    }

    @Test
    void anErrorIsAFailEvenWhenRulesCouldNotRunAndACompleteCheckIsNotIncomplete() {
        Report failing = engine.check(caseWithPresent(7));
        assertThat(failing.verdict()).isEqualTo(Verdict.FAIL);

        // A committee without terms in force: the reglemente's rules on substitutes and justering could not run.
        Report withoutTerms = engine.check(caseWithPresent(8));
        assertThat(withoutTerms.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(withoutTerms.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(withoutTerms.rulesNotRun()).extracting(RuleNotRun::ruleId).containsExactly("REGL-JUSTERING", "REGL-SUBSTITUTE-SAME-PARTY");
        assertThat(withoutTerms.rulesNotRun()).allSatisfy(r -> assertThat(r.missing()).containsExactly("TERMS"));

        Case base = caseWithPresent(8);
        Committee c = base.committee();
        Committee withTerms = new Committee(c.id(), c.name(), c.aliases(), c.form(), c.hostPartyId(), c.parties(), c.seats(), null, null,
                List.of(new TermsVersion(LocalDate.of(2016, 1, 1), null, null, null, null, null, null, null, null, null, null, null)),
                null, null);
        Report complete = engine.check(new Case(null, withTerms, base.protocol(), null, null, null, null, null, null));
        assertThat(complete.rulesNotRun()).isEmpty();
        assertThat(complete.verdict()).isIn(Verdict.PASS, Verdict.WARN);
    }

    @Test
    void aFindingInAPdfGivesThePageOfItsLine() {
        Case base = caseWithPresent(7);
        List<TextLine> lines = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            lines.add(new TextLine(n, n <= 20 ? 1 : 2, "rad " + n, null));
        }
        SourceDocument pdf = new SourceDocument("protokoll.pdf", List.of(DocumentKind.PROTOCOL), lines, null, null,
                List.of(new SourceSpan("/protocol/attendance", 23, 25)));
        Report report = engine.check(new Case(null, base.committee(), base.protocol(), null, null, null, null, null, pdf));

        Finding quorum = report.findings().stream().filter(f -> f.ruleId().equals("KL-QUORUM")).findFirst().orElseThrow();
        assertThat(quorum.location().line()).isEqualTo(23);
        assertThat(quorum.location().lineEnd()).isEqualTo(25);
        assertThat(quorum.location().page()).isEqualTo(2);

        SourceDocument text = new SourceDocument("protokoll.txt", List.of(DocumentKind.PROTOCOL),
                lines.stream().map(l -> new TextLine(l.number(), null, l.text(), null)).toList(), null, null,
                List.of(new SourceSpan("/protocol/attendance", 23, 25)));
        Finding withoutPages = engine.check(new Case(null, base.committee(), base.protocol(), null, null, null, null, null, text))
                .findings().stream().filter(f -> f.ruleId().equals("KL-QUORUM")).findFirst().orElseThrow();
        assertThat(withoutPages.location().line()).isEqualTo(23);
        assertThat(withoutPages.location().page()).isNull();
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
                null, null, null, null, null, null, null, null, null);
        return new Case(null, committee, protocol, null, null, null, null, null, null);
    }
}
