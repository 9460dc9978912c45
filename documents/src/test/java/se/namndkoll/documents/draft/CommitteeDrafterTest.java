package se.namndkoll.documents.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.documents.format.Fixtures;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.CostAllocation;
import se.namndkoll.rules.model.ElectingBody;
import se.namndkoll.rules.model.FederationAssembly;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.validation.FactValidator;

/** Drafting committees from governing texts the project wrote (src/test/resources/drafts). */
class CommitteeDrafterTest {

    private final CommitteeDrafter drafter = new CommitteeDrafter();

    @Test
    void aReglementeGivesTheCommitteeItsPartiesHostSeatsAndTermsWithTheirLines() throws Exception {
        CommitteeDraft draft = drafter.draft(List.of(source("reglemente-lonenamnd.txt")));
        Committee c = draft.committee();

        assertThat(c.name()).isEqualTo("Ådalens gemensamma lönenämnd");
        assertThat(c.id()).isEqualTo("adalens-gemensamma-lonenamnd");
        assertThat(c.form()).isEqualTo(CooperationForm.GEMENSAM_NAMND);
        assertThat(c.parties()).extracting(Party::name).containsExactly("Härnösands kommun", "Kramfors kommun", "Sollefteå kommun");
        assertThat(c.parties()).extracting(Party::kind).containsOnly(PartyKind.KOMMUN);
        assertThat(c.hostPartyId()).isEqualTo("harnosand");
        assertThat(seatsPerParty(c)).containsOnly(Map.entry("harnosand", "2+2"), Map.entry("kramfors", "2+2"), Map.entry("solleftea", "2+2"));

        TermsVersion t = c.terms().get(0);
        assertThat(t.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.substituteFromSameParty()).isTrue();
        assertThat(t.meetingPlanRequired()).isTrue();
        assertThat(t.remoteParticipationAllowed()).isTrue();
        assertThat(t.noticeDaysBefore()).isEqualTo(7);
        assertThat(t.noticeInWorkingDays()).isFalse();
        assertThat(t.adjustmentDays()).isEqualTo(10);
        assertThat(t.adjustersRequired()).isEqualTo(1);
        assertThat(t.chairElectedBy()).isEqualTo(ElectingBody.HOST_COUNCIL);
        assertThat(t.clauses().notice()).isEqualTo("Reglemente § 6");
        assertThat(t.clauses().substitutes()).isEqualTo("Reglemente § 4");

        assertThat(c.documents()).hasSize(2);
        assertThat(c.documents().get(0)).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(GoverningDocumentKind.REGLEMENTE);
            assertThat(d.adoptedBy()).containsExactly("harnosand", "kramfors", "solleftea");
            assertThat(d.date()).isEqualTo(LocalDate.of(2023, 11, 13));
        });
        // the samverkansavtal the reglemente says exists, not given: known to exist, its adoption not
        assertThat(c.documents().get(1)).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(GoverningDocumentKind.AGREEMENT);
            assertThat(d.adoptedBy()).isNull();
        });
        assertThat(line(draft, "/documents/1")).isEqualTo(12);

        // every fact points at its lines
        assertThat(line(draft, "/hostPartyId")).isEqualTo(12);
        assertThat(line(draft, "/parties/0")).isEqualTo(3);
        assertThat(line(draft, "/seats/0")).isEqualTo(19);
        assertThat(line(draft, "/terms/0/validFrom")).isEqualTo(6);
        assertThat(line(draft, "/terms/0/noticeDaysBefore")).isEqualTo(35);
        assertThat(draft.provenance()).allSatisfy(p -> assertThat(p.file()).isEqualTo("reglemente-lonenamnd.txt"));
        assertThat(draft.unresolved()).isEmpty();
        // what the registry takes
        assertThat(FactValidator.validate(c)).isEmpty();
    }

    @Test
    void aFörbundsordningGivesTheMembersTheSeatAsHostAndTheDirektionsSeatsNotTheUtskotts() throws Exception {
        CommitteeDraft draft = drafter.draft(List.of(source("forbundsordning-vattenforbund.txt")));
        Committee c = draft.committee();

        assertThat(c.name()).isEqualTo("Umeälvens vattenförbund");
        assertThat(c.aliases()).containsExactly("UVF");
        assertThat(c.form()).isEqualTo(CooperationForm.KOMMUNALFORBUND);
        assertThat(c.assembly()).isEqualTo(FederationAssembly.DIREKTION);
        assertThat(c.parties()).extracting(Party::name).containsExactly("Bjurholms kommun", "Nordmalings kommun", "Vännäs kommun");
        assertThat(c.hostPartyId()).as("the member in which the förbund has its säte").isEqualTo("vannas");
        assertThat(seatsPerParty(c)).containsOnly(Map.entry("vannas", "3+3"), Map.entry("bjurholm", "2+2"), Map.entry("nordmaling", "2+2"));
        assertThat(c.terms().get(0).chairElectedBy()).isEqualTo(ElectingBody.FEDERATION_ASSEMBLY);
        assertThat(draft.unresolved()).extracting(Unresolved::pointer).containsExactly("/terms/0/validFrom");
    }

    @Test
    void aReglementeAndItsAgreementMakeOneDraftWithTheAgreementsEconomy() throws Exception {
        CommitteeDraft draft = drafter.draft(List.of(source("reglemente-lonenamnd.txt"), source("avtal-lonenamnd.txt")));
        Committee c = draft.committee();

        assertThat(c.parties()).hasSize(3);
        TermsVersion t = c.terms().get(0);
        assertThat(t.costAllocation()).isEqualTo(CostAllocation.PER_INHABITANT);
        assertThat(t.contributionPaymentMonths()).containsExactly(1);
        assertThat(t.carryOver()).isEqualTo(CarryOverRule.CARRY_FORWARD);
        assertThat(t.clauses().costAllocation()).isEqualTo("Avtal § 2");
        assertThat(c.documents()).extracting(d -> d.kind()).containsExactly(GoverningDocumentKind.REGLEMENTE, GoverningDocumentKind.AGREEMENT);
        assertThat(draft.provenance()).filteredOn(p -> p.pointer().equals("/terms/0/costAllocation")).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("avtal-lonenamnd.txt"));
        assertThat(draft.files()).extracting(CommitteeDraft.File::name).containsExactly("reglemente-lonenamnd.txt", "avtal-lonenamnd.txt");
    }

    @Test
    void theSameReglementeAsWordAndAsPdfGivesTheSameDraft() throws Exception {
        List<String> lines = Arrays.asList(text("reglemente-lonenamnd.txt").split("\n"));
        Committee fromText = drafter.draft(List.of(source("reglemente-lonenamnd.txt"))).committee();
        Committee fromWord = drafter.draft(List.of(new CommitteeDrafter.Source("reglemente.docx", Fixtures.docx(lines)))).committee();
        Committee fromPdf = drafter.draft(List.of(new CommitteeDrafter.Source("reglemente.pdf", Fixtures.pdf(List.of(lines))))).committee();
        for (Committee c : List.of(fromWord, fromPdf)) {
            assertThat(c.parties()).isEqualTo(fromText.parties());
            assertThat(c.hostPartyId()).isEqualTo(fromText.hostPartyId());
            assertThat(c.seats()).isEqualTo(fromText.seats());
            assertThat(c.terms().get(0).validFrom()).isEqualTo(fromText.terms().get(0).validFrom());
        }
    }

    @Test
    void aTotalWithoutASplitGivesSeatsWithoutPartiesAndSaysSo() throws Exception {
        String text = "Förbundsordning för Testförbundet\n\nMedlemmar i förbundet är Ale, Lerums och Partille kommuner.\n"
                + "Förbundet är ett kommunalförbund med förbundsdirektion.\nDirektionen ska bestå av nio ledamöter och nio ersättare.\n";
        CommitteeDraft draft = drafter.draft(List.of(new CommitteeDrafter.Source("fo.txt", text.getBytes(StandardCharsets.UTF_8))));
        assertThat(draft.committee().seats()).hasSize(18).allSatisfy(s -> assertThat(s.partyId()).isNull());
        assertThat(draft.representation()).isEmpty();
        assertThat(draft.unresolved()).extracting(Unresolved::code).contains("total-only");
    }

    @Test
    void aProtocolIsNoGoverningText() {
        assertThatThrownBy(() -> drafter.draft(List.of(source("protokoll-lonenamnd.txt"))))
                .isInstanceOf(NotGoverningTextException.class)
                .hasMessageContaining("protokoll-lonenamnd.txt är ett protokoll, inte ett reglemente");
    }

    @Test
    void anEmptyFileCannotBeRead() {
        assertThatThrownBy(() -> drafter.draft(List.of(new CommitteeDrafter.Source("tom.txt", new byte[0]))))
                .isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void aTextSayingNothingOfACommitteeIsRefused() {
        byte[] text = "Inbjudan till kommunernas gemensamma kulturdag\n\nVälkommen till en dag om kultur och bibliotek.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> drafter.draft(List.of(new CommitteeDrafter.Source("inbjudan.txt", text))))
                .isInstanceOf(NotGoverningTextException.class);
    }

    private static Map<String, String> seatsPerParty(Committee c) {
        Map<String, List<Seat>> byParty = c.seats().stream().collect(Collectors.groupingBy(Seat::partyId));
        return byParty.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(s -> s.role() == SeatRole.LEDAMOT).count() + "+"
                        + e.getValue().stream().filter(s -> s.role() == SeatRole.ERSATTARE).count()));
    }

    private static int line(CommitteeDraft draft, String pointer) {
        return draft.provenance().stream().filter(p -> p.pointer().equals(pointer)).findFirst().orElseThrow(() -> new AssertionError(pointer)).line();
    }

    static CommitteeDrafter.Source source(String name) {
        return new CommitteeDrafter.Source(name, text(name).getBytes(StandardCharsets.UTF_8));
    }

    static String text(String name) {
        try (InputStream in = CommitteeDrafterTest.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
