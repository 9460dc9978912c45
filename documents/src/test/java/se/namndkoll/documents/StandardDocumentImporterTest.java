package se.namndkoll.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.format.Fixtures;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.DateRole;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.ParticipationMode;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.RegulatedTopic;
import se.namndkoll.rules.model.RegulationTopic;
import se.namndkoll.rules.model.RowKind;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.TextZone;
import se.namndkoll.rules.reference.ReferenceCommittees;

/**
 * The importer on documents nobody on the project wrote: other committees, layouts and years than
 * the seeds, written by the project in the forms Swedish municipalities use and kept with their labels
 * in testcases/corpus/synthetic/.
 */
class StandardDocumentImporterTest {

    /** The invented documents of these tests, kept in the corpus (testcases/corpus/synthetic/) with their labels. */
    private static final Path SYNTHETIC = Path.of(System.getProperty("namndkoll.synthetic.dir", "../testcases/corpus/synthetic"));

    /** The bytes of an invented document of the corpus. */
    private static byte[] syntheticBytes(String file) throws IOException {
        return Files.readAllBytes(SYNTHETIC.resolve(file));
    }

    /** An invented document of the corpus, read under the name {@code name}. */
    private static ImportedDocument synthetic(String file, String name) throws IOException, UnreadableDocumentException {
        return new StandardDocumentImporter().read(name, syntheticBytes(file), new ImportOptions(null, ReferenceCommittees.all(), null));
    }

    @Test
    void anAgreementIsReadWithTheTopicsItRegulatesAndTheirLines() throws Exception {
        ImportedDocument d = synthetic("S-01-samverkansavtal-it-drift-gastrikland.txt", "avtal.txt");
        assertThat(d.kinds()).containsExactly(DocumentKind.AGREEMENT);
        assertThat(d.input().protocol()).isNull();
        assertThat(d.input().governingTexts()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GoverningDocumentKind.AGREEMENT);
            assertThat(g.title()).startsWith("Samverkansavtal för gemensam nämnd");
            assertThat(g.topics()).extracting(RegulatedTopic::topic)
                    .containsExactly(RegulationTopic.PARTIES, RegulationTopic.HOST, RegulationTopic.COST_ALLOCATION, RegulationTopic.TERMINATION);
            assertThat(g.topics()).extracting(RegulatedTopic::line).containsExactly(3, 6, 9, 15);
        });
        var report = Seeds.engine().check(d.input());
        assertThat(report.findings()).extracting(f -> f.ruleId())
                .contains("AGR-CHECKLIST-SURPLUS-DEFICIT", "AGR-CHECKLIST-AUDIT")
                .doesNotContain("AGR-CHECKLIST-PARTIES", "AGR-CHECKLIST-HOST", "AGR-CHECKLIST-COST-ALLOCATION", "AGR-CHECKLIST-TERMINATION");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("AGR-CHECKLIST-SURPLUS-DEFICIT"))
                .singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(1));
    }

    @Test
    void aReglementeWithCompositionAndChairButNoBudgetConsultation() throws Exception {
        ImportedDocument d = synthetic("S-02-reglemente-hjalpmedelsnamnd.txt", "reglemente.txt");
        assertThat(d.kinds()).containsExactly(DocumentKind.REGLEMENTE);
        assertThat(d.input().governingTexts()).singleElement().satisfies(g ->
                assertThat(g.topics()).extracting(RegulatedTopic::topic).contains(RegulationTopic.REPRESENTATION, RegulationTopic.CHAIR)
                        .doesNotContain(RegulationTopic.BUDGET));
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("REGL-CHECKLIST-BUDGET")
                .doesNotContain("REGL-CHECKLIST-REPRESENTATION", "REGL-CHECKLIST-CHAIR");
    }

    @Test
    void aProtocolOfAnotherCommitteeWithSubstitutesServingForAbsentMembers() throws Exception {
        ImportedDocument d = synthetic("S-03-protokoll-servicenamnden-ersattare.txt", "protokoll.txt");
        assertThat(d.kinds()).containsExactly(DocumentKind.PROTOCOL);
        var p = d.input().protocol();
        assertThat(p.meetingDate()).isEqualTo(LocalDate.of(2023, 11, 10));
        assertThat(p.place()).isEqualTo("Stadshuset, sal B");
        assertThat(p.participation()).isEqualTo(ParticipationMode.IN_PERSON);
        assertThat(p.adjustedOn()).isEqualTo(LocalDate.of(2023, 11, 17));
        assertThat(p.adjusters()).containsExactly("Per Persson");
        assertThat(p.attendance()).extracting(Attendance::person).containsExactly("Anna Andersson", "Per Persson", "Karin Berg", "Lars Ek");
        assertThat(p.attendance().get(0).chair()).isTrue();
        assertThat(p.attendance().get(2)).satisfies(a -> {
            assertThat(a.role()).isEqualTo(SeatRole.ERSATTARE);
            assertThat(a.servingFor()).isEqualTo("Olle Olsson");
            assertThat(a.paragraphs()).containsExactly(1, 2);
        });
        assertThat(p.attendance().get(3).serving()).isFalse();
        assertThat(p.paragraphs()).extracting(ProtocolParagraph::number).containsExactly(1, 2);
        ProtocolParagraph budget = p.paragraphs().get(1);
        assertThat(budget.title()).isEqualTo("Budget 2024");
        assertThat(budget.caseNumber()).isEqualTo("KS 2023/123");
        assertThat(budget.decision()).startsWith("Nämnden beslutar att anta förslag till budget för 2024");
        assertThat(budget.disqualified()).containsExactly("Eva Ek");
        assertThat(budget.distribution()).containsExactly("Kommunstyrelsen", "Ekonomikontoret");
        assertThat(d.input().decisions()).extracting(x -> x.kind()).contains(DecisionKind.ADOPT_BUDGET);
        assertThat(d.input().document().dates()).anySatisfy(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2023, 11, 10));
            assertThat(m.statedWeekday()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(m.role()).isEqualTo(DateRole.MEETING);
        });
        assertThat(d.input().document().lines().get(19).zone()).isEqualTo(TextZone.DECISION);
    }

    @Test
    void namesInTheFirstPagesFieldsAreTheAttendanceWhenThereIsNoSeparateList() throws Exception {
        ImportedDocument d = synthetic("S-04-protokoll-jamtland-namn-i-falt.txt", "protokoll.txt");
        var attendance = d.input().protocol().attendance();
        assertThat(d.committeeId()).isEqualTo("gemensam-namnd-jamtland");
        assertThat(attendance).extracting(Attendance::person).containsExactly("Anna Andersson", "Per Persson", "Karin Berg", "Lars Ek");
        assertThat(attendance).extracting(Attendance::role).containsExactly(SeatRole.LEDAMOT, SeatRole.LEDAMOT, SeatRole.ERSATTARE, SeatRole.ERSATTARE);
        assertThat(attendance).extracting(Attendance::partyId).containsExactly("bracke", "ostersund", "are", "berg");
        assertThat(attendance.get(0).chair()).isTrue();
        assertThat(attendance.get(2).serves()).isTrue();
        assertThat(attendance.get(2).servingFor()).isEqualTo("Olle Olsson");
        assertThat(attendance.get(3).serves()).isFalse();
        assertThat(d.input().protocol().place()).isEqualTo("Kommunhuset i Bräcke");
    }

    @Test
    void aProtocolPastedTwiceIsReadOnceAndAParagraphNumberRepeatedOnAnotherMatterIsADuplicate() throws Exception {
        ImportedDocument twice = synthetic("S-05-protokoll-inklistrat-tva-ganger.txt", "dubbel.txt");
        assertThat(twice.input().protocol().paragraphs()).extracting(ProtocolParagraph::number).containsExactly(1, 2);
        assertThat(twice.input().document().lines()).filteredOn(l -> l.duplicateOf() != null).isNotEmpty();
        assertThat(twice.input().document().unreadable()).isEmpty();

        // the same number on another matter is read, and reported as a repeat in the numbering
        ImportedDocument changed = synthetic("S-06-protokoll-upprepat-paragrafnummer.txt", "andrad.txt");
        assertThat(changed.input().protocol().paragraphs()).extracting(ProtocolParagraph::number).containsExactly(1, 2, 2);
        assertThat(changed.input().protocol().paragraphs().get(2).title()).isEqualTo("Ett annat ärende");
        assertThat(changed.input().document().unreadable()).isEmpty();
        assertThat(Seeds.engine().check(changed.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/protocol/paragraphs/2");
    }

    @Test
    void aNumberRepeatedInADenseListOfItemsIsADuplicateItem() throws Exception {
        ImportedDocument d = synthetic("S-07-kallelse-lonesamverkan-dubbelt-nummer.txt", "kallelse.txt");
        assertThat(d.input().agenda().items()).extracting(i -> i.number()).containsExactly(1, 2, 2, 3);
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/agenda/items/2");
    }

    @Test
    void aTableWithAmountsSeparatedOnlyBySpacesIsReadWhereTheSplitIsCertain() throws Exception {
        ImportedDocument d = synthetic("S-08-resultatrakning-mellanslag.txt", "budget.txt");
        assertThat(d.kinds()).contains(DocumentKind.FINANCIAL);
        assertThat(d.input().tables()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Resultaträkning 2023");
            assertThat(t.rows()).extracting(r -> r.kind()).containsExactly(RowKind.HEADING, RowKind.DETAIL, RowKind.DETAIL, RowKind.TOTAL);
            assertThat(t.rows().get(3).value(0)).isEqualByComparingTo("1550500");
        });
    }

    @Test
    void aWordKallelseWithAutomaticallyNumberedProposals() throws Exception {
        byte[] docx = Fixtures.docx(List.of(
                "Kallelse till sammanträde med gemensamma nämnden 2024-02-09",
                "1. Val av justerare",
                "2. Taxor för 2024 (GN 2024/7) Karin Berg 10:00",
                "Förslag till beslut",
                "#n Taxorna för 2024 fastställs enligt bilaga.",
                "#n Fakturering av parterna sker i mars 2024.",
                "Expedieras till",
                "Kommunstyrelsen i respektive kommun"));
        ImportedDocument d = new StandardDocumentImporter().read("kallelse.docx", docx, new ImportOptions(null, List.of(), null));
        assertThat(d.kinds()).containsExactly(DocumentKind.AGENDA);
        var agenda = d.input().agenda();
        assertThat(agenda.meetingDate()).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(agenda.items()).hasSize(2);
        var item = agenda.items().get(1);
        assertThat(item.caseNumber()).isEqualTo("GN 2024/7");
        assertThat(item.presenter()).isEqualTo("Karin Berg");
        assertThat(item.proposals()).extracting(p -> p.number()).containsExactly(1, 2);
        assertThat(item.distribution()).containsExactly("Kommunstyrelsen i respektive kommun");
        assertThat(d.input().decisions()).singleElement().satisfies(x -> {
            assertThat(x.month()).isEqualTo(3);
            assertThat(x.year()).isEqualTo(2024);
        });
    }

    @Test
    void aDocumentWithoutAMeetingDateIsJudgedOnTheDateGivenOrToday() throws Exception {
        ImportedDocument d = new StandardDocumentImporter(Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC))
                .read("guide.txt", syntheticBytes("S-09-vagledning-utan-datum.txt"), new ImportOptions(null, List.of(), null));
        assertThat(d.input().evaluationDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(d.kinds()).containsExactly(DocumentKind.OTHER);
        assertThat(d.committeeId()).isNull();
    }

    @Test
    void aGuideThatMentionsCommitteesInPassingIsNotTheirDocument() throws Exception {
        ImportedDocument d = synthetic("S-10-guide-namner-namnder.txt", "guide.txt");
        assertThat(d.committeeId()).isNull();
    }

    @Test
    void aCommitteeWhoseNameOnlyBeginsLikeARegisteredOnesIsNotThatCommittee() throws Exception {
        // "Gemensamma nämnden" is also an alias of the Jämtland committee; this is another nämnd
        ImportedDocument d = synthetic("S-11-protokoll-namnden-for-upphandling.txt", "protokoll.txt");
        assertThat(d.committeeId()).isNull();
    }

    @Test
    void labelsWrappedInANarrowColumnAreJoinedToTheirValues() throws Exception {
        // the form most kommuner use: long labels wrap in the left column, the anslag box has two columns
        ImportedDocument d = synthetic("S-12-protokoll-smal-etikettkolumn.txt", "protokoll.txt");
        assertThat(d.input().document().fields())
                .extracting(f -> f.label() + " = " + f.value())
                .contains("Justeringens plats och tid = Stadshuset, 2024-02-12", "Datum då anslaget sätts upp = 2024-02-13",
                        "Datum då anslaget tas ned = 2024-03-01", "Förvaringsplats för protokollet = Kommunledningskontoret")
                .noneMatch(f -> f.toLowerCase(Locale.ROOT).startsWith("plats och tid = ") && f.endsWith("= "));
        var protocol = d.input().protocol();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(protocol.storagePlace()).isEqualTo("Kommunledningskontoret");
        // taken down after 17 days, before the three weeks of the appeal period ran out; no field is blank
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .contains("KL-ANSLAG-DURATION").doesNotContain("DOC-BLANK-FIELD");
    }

    @Test
    void theReadmesExampleProtocolIsReadWhole() throws Exception {
        // "Justeringens" alone above "plats och tid <value>"; a table laid out in columns under a header row
        byte[] text = Files.readAllBytes(Path.of("..", "docs", "examples", "protokoll-e-namnden-2026-03-11.txt"));
        ImportedDocument d = new StandardDocumentImporter().read("protokoll.txt", text, new ImportOptions(null, ReferenceCommittees.all(), null));
        assertThat(d.committeeId()).isEqualTo("e-namnden-norrbotten");
        var protocol = d.input().protocol();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(protocol.participation()).isEqualTo(ParticipationMode.HYBRID);
        assertThat(protocol.place()).isEqualTo("Kommunhuset i Luleå, sammanträdesrum Örnen, och på distans");
        assertThat(protocol.attendance()).hasSize(9);
        assertThat(d.input().tables()).singleElement().satisfies(t -> {
            assertThat(t.title()).as("a section heading is no table's title").isNull();
            assertThat(t.columns()).containsExactly("Budget 2026", "Utfall feb");
            assertThat(t.rows()).extracting(r -> r.values().get(1)).containsExactly(
                    new BigDecimal("186000"), new BigDecimal("71000"), new BigDecimal("122000"), new BigDecimal("389000"));
        });
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId() + "/" + f.variant())
                .containsExactly("KL-ANSLAG-TIMELY/late", "FIN-TABLE-SUMS/total", "KL-REMOTE-PARTICIPATION/decisionNotShown",
                        "KL-ANSLAG-DURATION/onLastDay", "KL-JOINT-ANNOUNCEMENT/notShown");
    }

    @Test
    void aGapInAListOfOneLinePerItemIsReadAsTheListsGap() throws Exception {
        ImportedDocument d = synthetic("S-13-kallelse-hjalpmedel-lucka-i-listan.txt", "kallelse.txt");
        assertThat(d.input().agenda().items()).extracting(i -> i.number()).containsExactly(1, 2, 3, 4, 6);
        // the list's Dnr column, also where the serial number was never filled in
        assertThat(d.input().agenda().items().get(2).caseNumber()).isEqualTo("RV 2024-0098");
        assertThat(d.input().agenda().items().get(2).title()).isEqualTo("Prislista för hjälpmedel 2025");
        assertThat(d.input().agenda().items().get(3).title()).isEqualTo("Revidering av reglemente");
        assertThat(d.input().agenda().items()).extracting(i -> i.caseNumber()).containsExactly(null, null, "RV 2024-0098", "RV 2024-", null);
        var findings = Seeds.engine().check(d.input()).findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/agenda/items/4");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("DOC-BLANK-FIELD"))
                .extracting(f -> f.location().pointer()).containsExactly("/agenda/items/3/caseNumber");
    }

    @Test
    void aNarvarolistaTableWithAHeaderRowAndAnAnslagInASentenceAreRead() throws Exception {
        ImportedDocument d = synthetic("S-14-protokoll-kost-narvarolista-tabell.txt", "protokoll.txt");
        var protocol = d.input().protocol();
        assertThat(protocol.attendance()).extracting(Attendance::person).containsExactly("Lars Holm", "Eva Berg", "Johan Ek", "Anna Sjö", "Per Lind");
        assertThat(protocol.attendance()).extracting(Attendance::role)
                .containsExactly(SeatRole.LEDAMOT, SeatRole.LEDAMOT, SeatRole.LEDAMOT, SeatRole.ERSATTARE, SeatRole.ERSATTARE);
        assertThat(protocol.attendance()).extracting(Attendance::serving).containsExactly(true, true, true, true, false);
        assertThat(protocol.attendance()).extracting(Attendance::politicalParty).containsExactly("S", "M", "C", "S", "KD");
        assertThat(protocol.attendance().get(0).chair()).isTrue();
        assertThat(protocol.attendance().get(2).paragraphs()).containsExactly(1, 2);
        assertThat(protocol.attendance().get(3).servingFor()).isEqualTo("Johan Ek");
        assertThat(protocol.attendance().get(3).paragraphs()).containsExactly(3);
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2023, 10, 23));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2023, 10, 27));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2023, 11, 20));
        // posted four days after the justering (at the latest the second day after it); the attendance is recorded
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .contains("KL-ANSLAG-TIMELY").doesNotContain("KL-ATTENDANCE-RECORD", "DOC-BLANK-FIELD");
    }

    @Test
    void aDecisionStatedWithoutABeslutHeadingIsTheParagraphsDecision() throws Exception {
        ImportedDocument d = synthetic("S-15-protokoll-beslut-utan-rubrik.txt", "protokoll.txt");
        assertThat(d.input().protocol().paragraphs()).extracting(ProtocolParagraph::decision)
                .containsExactly("Direktionen fastställer dagordningen.", "Förbundsdirektionen utser Lars Eriksson att justera protokollet.",
                        "Informationen noteras.", null);
        // only the paragraph that records no decision is reported
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-MISSING-PROPOSAL"))
                .extracting(f -> f.location().pointer()).containsExactly("/protocol/paragraphs/3/decision");
    }

    @Test
    void theSameFormsAreReadFromWordAndPdf() throws Exception {
        // a Word protocol whose närvarolista is a table with a header row
        byte[] docx = Fixtures.docx(List.of(
                "PROTOKOLL", "Gemensam nämnd för kost och måltid", "Sammanträdesdatum: 2023-10-19", "", "Närvarolista",
                "|Namn|Parti|Kommun|Funktion", "|Lars Holm|S|Hudiksvall|Ordförande", "|Anna Sjö|S|Nordanstig|Ersättare, tjänstgör för Johan Ek",
                "", "Justering: Kommunhuset 2023-10-23", "", "§ 1 Budget 2024", "Beslut", "Nämnden antar budget för 2024."));
        ImportedDocument word = new StandardDocumentImporter().read("protokoll.docx", docx, new ImportOptions(null, ReferenceCommittees.all(), null));
        assertThat(word.input().protocol().attendance()).extracting(Attendance::person, Attendance::role, Attendance::servingFor)
                .containsExactly(Tuple.tuple("Lars Holm", SeatRole.LEDAMOT, null),
                        Tuple.tuple("Anna Sjö", SeatRole.ERSATTARE, "Johan Ek"));
        assertThat(word.input().protocol().adjustedOn()).isEqualTo(LocalDate.of(2023, 10, 23));
        // a PDF whose labels wrap in the left column and whose anslag box has two columns
        byte[] pdf = Fixtures.pdf(List.of(List.of(
                "SAMMANTRÄDESPROTOKOLL", "Nämnden för gemensam upphandling", "Sammanträdesdatum\t2024-02-07",
                "Justeringens\tStadshuset, 2024-02-12", "plats och tid",
                "Datum då anslaget\t2024-02-13\tDatum då anslaget\t2024-03-01", "sätts upp\t\ttas ned",
                "§ 1 Val av justerare", "Beslut", "Nämnden utser Per Ek att justera protokollet.")));
        ImportedDocument fromPdf = new StandardDocumentImporter().read("protokoll.pdf", pdf, new ImportOptions(null, ReferenceCommittees.all(), null));
        assertThat(fromPdf.input().protocol().adjustedOn()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(fromPdf.input().protocol().noticePostedOn()).isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(fromPdf.input().protocol().noticeRemovedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void everyoneWhoDeclaresJavInALineIsLeftOutOfThatParagraphsQuorum() throws Exception {
        ImportedDocument d = synthetic("S-16-protokoll-e-namnden-jav.txt", "protokoll.txt");
        assertThat(d.input().protocol().paragraphs()).extracting(ProtocolParagraph::disqualified)
                .containsExactly(List.of(), List.of("Stefan Sydberg", "Henrik Blind"), List.of("Maud Lundbäck"));
        // 8 of 14 serve (at least 8 needed); in § 2 two of them have jäv, in § 3 one
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("KL-QUORUM"))
                .extracting(f -> f.location().pointer()).containsExactly("/protocol/paragraphs/1", "/protocol/paragraphs/2");
    }

    @Test
    void aListFollowedByOneSectionPerItemGivesEachItemItsOwnSection() throws Exception {
        ImportedDocument d = synthetic("S-17-kallelse-hjalpmedel-arendeavsnitt.txt", "kallelse.txt");
        List<AgendaItem> items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3, 4);
        assertThat(items.get(1).proposals()).extracting(ProposalPoint::text)
                .containsExactly("att fastställa prislistan,", "att prislistan gäller från och med 2025.");
        assertThat(items.get(1).distribution()).containsExactly("Region Västmanland", "Köpings kommun");
        assertThat(items.get(2).description()).isEqualTo("Reglementet revideras.");
        assertThat(items.get(2).proposals()).singleElement().satisfies(pp -> assertThat(pp.text()).startsWith("Nämnden föreslår"));
        assertThat(items.get(3).proposals()).isEmpty();
        assertThat(items.get(3).distribution()).isNullOrEmpty();
    }

    @Test
    void severalPersonsOnOneLineAndAnAnslagPeriodAreRead() throws Exception {
        ImportedDocument d = synthetic("S-18-protokoll-forbundsdirektion-anslagsperiod.txt", "protokoll.txt");
        var protocol = d.input().protocol();
        assertThat(protocol.attendance()).extracting(Attendance::person).containsExactly("Anna Persson", "Lars Eriksson", "Gunilla Mattsson", "Per Ek");
        assertThat(protocol.attendance()).extracting(Attendance::serving).containsExactly(true, true, true, false);
        assertThat(protocol.attendance().get(0).chair()).isTrue();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2024, 4, 5));
        // taken down after 18 days, before the appeal period ran out; the attendance is recorded
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .contains("KL-ANSLAG-DURATION").doesNotContain("KL-ATTENDANCE-RECORD");
    }

    @Test
    void anAnslagUnderTidenAndProtokolletJusteratAreRead() throws Exception {
        ImportedDocument d = synthetic("S-19-protokoll-hjalpmedel-anslag-under-tiden.txt", "protokoll.txt");
        var protocol = d.input().protocol();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2024, 6, 18));
        // justerat on a Friday: the anslag was due on Monday the 27th at the latest; taken down on the appeal's last day
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .contains("KL-ANSLAG-TIMELY", "KL-ANSLAG-DURATION");
    }

    @Test
    void aPartyAfterTheMunicipalityAndAParagraphNumberWithAFullStopAreRead() throws Exception {
        ImportedDocument d = synthetic("S-20-protokoll-jamtland-parti-efter-kommun.txt", "protokoll.txt");
        var protocol = d.input().protocol();
        assertThat(protocol.attendance()).extracting(Attendance::person, Attendance::politicalParty, Attendance::partyId)
                .containsExactly(Tuple.tuple("Anna Andersson", "S", "bracke"),
                        Tuple.tuple("Per Persson", "M", "ostersund"),
                        Tuple.tuple("Karin Berg", null, "krokom"));
        assertThat(protocol.attendance().get(2).servingFor()).isEqualTo("Olle Olsson");
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::number, ProtocolParagraph::decision)
                .containsExactly(Tuple.tuple(12, "Nämnden beslutar att fastställa budget för 2026."),
                        Tuple.tuple(13, "Informationen noteras."));
    }

    @Test
    void aFöredragningslistaWrittenAsATableIsRead() throws Exception {
        // Word's table: Nr | Ärende | Dnr | Föredragande, the numbers without a full stop
        ImportedDocument d = synthetic("S-21-kallelse-it-drift-tabell.txt", "kallelse.txt");
        List<AgendaItem> items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3, 5);
        assertThat(items).extracting(i -> i.title()).containsExactly("Val av justerare", "Budget 2025", "Internkontrollplan 2025", "Information");
        assertThat(items).extracting(i -> i.caseNumber()).containsExactly(null, "GIT 2024/12", "GIT 2024/15", null);
        assertThat(items).extracting(i -> i.presenter()).containsExactly(null, "Ekonomichef", "Controller", null);
        assertThat(items.get(1).proposals()).singleElement().satisfies(pp -> assertThat(pp.text()).contains("xxx kronor"));
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId() + " " + f.location().pointer())
                .contains("DOC-NUMBERING /agenda/items/3", "DOC-PLACEHOLDER /document/lines/13");
    }

    @Test
    void anItemWithoutNumberOrTimeAfterAProposalInOneSentenceIsTheNextItem() throws Exception {
        ImportedDocument d = synthetic("S-22-kallelse-e-namnden-forslag.txt", "kallelse.txt");
        List<AgendaItem> items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3, 4);
        assertThat(items.get(1).proposals()).hasSize(2);
        assertThat(items.get(2).proposals()).hasSize(1);
        assertThat(items.get(3).title()).isEqualTo("Information");
    }

    @Test
    void aDiarienummerOnTheHeadingsLineAndAJusteringOnTwoDatesAreRead() throws Exception {
        ImportedDocument d = synthetic("S-23-protokoll-hjalpmedel-dnr-tva-justeringar.txt", "protokoll.txt");
        var protocol = d.input().protocol();
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::title, ProtocolParagraph::caseNumber)
                .containsExactly(Tuple.tuple("Delårsrapport", "RV 2024-0201"),
                        Tuple.tuple("Prislista 2025", "RV 2024-0210"));
        // the protocol as a whole is justerat on the later date (one paragraph was justerad at once)
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void listsHeadedNarvarandeLedamoterOrBeslutandeAboveLedamoterAreTheAttendance() throws Exception {
        // "Närvarande ledamöter" above the names, and a serving ersättare on a labelled line
        ImportedDocument d = synthetic("S-24-protokoll-e-namnden-narvarande-ledamoter.txt", "protokoll.txt");
        var attendance = d.input().protocol().attendance();
        assertThat(attendance).hasSize(9);
        assertThat(attendance).filteredOn(a -> a.role() == SeatRole.LEDAMOT).hasSize(8).allMatch(a -> Boolean.TRUE.equals(a.serves()));
        assertThat(attendance.get(8)).satisfies(a -> {
            assertThat(a.person()).isEqualTo("Ivar Isaksson");
            assertThat(a.role()).isEqualTo(SeatRole.ERSATTARE);
            assertThat(a.partyId()).isEqualTo("haparanda");
        });
        // 9 of the e-nämnd's 14 ledamot seats serve: beslutför
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .doesNotContain("KL-QUORUM", "KL-ATTENDANCE-RECORD");

        // "Beslutande" above "Ledamöter" (a label wrapped in a narrow column), "Ersättare (tjänstgörande)"
        // and an ersättare serving for a ledamot of another municipality, named after the served
        d = synthetic("S-25-protokoll-e-namnden-beslutande-ledamoter.txt", "protokoll.txt");
        attendance = d.input().protocol().attendance();
        assertThat(attendance).extracting(a -> a.person()).hasSize(8).startsWith("Anna Andersson").endsWith("Ivar Isaksson");
        assertThat(attendance.get(0).chair()).isTrue();
        assertThat(attendance.get(7)).satisfies(a -> {
            assertThat(a.role()).isEqualTo(SeatRole.ERSATTARE);
            assertThat(a.serves()).isTrue();
            assertThat(a.servingFor()).isEqualTo("Hanna Hult");
            assertThat(a.partyId()).isEqualTo("kiruna");
        });
        // the wrapped label's value is the first name below it, so it is no blank field
        assertThat(d.input().document().fields()).filteredOn(f -> f.label().equals("Beslutande ledamöter"))
                .singleElement().satisfies(f -> assertThat(f.value()).startsWith("Anna Andersson"));
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .doesNotContain("KL-QUORUM", "KL-ATTENDANCE-RECORD", "DOC-BLANK-FIELD");
    }

    @Test
    void aParagraphSignInRunningTextIsNoHeadingAndAJusteringsLabelTakesTheSentencesBelowIt() throws Exception {
        ImportedDocument d = synthetic("S-26-protokoll-overformyndarnamnden.txt", "protokoll.txt");
        var protocol = d.input().protocol();
        // "§ 30 justerades …" is a sentence of the justering's field, "§ 31." the end of a sentence
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::number, ProtocolParagraph::title)
                .containsExactly(Tuple.tuple(29, "Fastställande av dagordning"),
                        Tuple.tuple(30, "Yttrande till tingsrätten"),
                        Tuple.tuple(31, "Information"));
        assertThat(protocol.paragraphs().get(0).decision()).endsWith("under § 31.");
        // justerad 19 days after the meeting: later than the 14 days
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2025, 4, 22));
        // "Underskrifter:" heads the signature lines, it is no blank field
        assertThat(d.input().document().fields()).extracting(f -> f.label()).doesNotContain("Underskrifter");
        var findings = Seeds.engine().check(d.input()).findings();
        assertThat(findings).extracting(f -> f.ruleId()).contains("KL-JUSTERING-DEADLINE")
                .doesNotContain("DOC-MISSING-PROPOSAL", "DOC-UNREADABLE-SECTION", "DOC-BLANK-FIELD");
    }

    @Test
    void anslagAndJusteringInTheFormsOfBevisSentencesAndSideBySideFieldsAreRead() throws Exception {
        // the standard bevis sentence: "tillkännagetts" is the posting
        var protocol = synthetic("S-27-protokoll-direktionen-bevismening.txt", "p.txt").input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 10));
        // two fields side by side in one line, a tab or a wide gap apart
        for (String gap : List.of("\t", "    ")) {
            String file = gap.equals("\t") ? "S-28-protokoll-direktionen-falt-med-tabb.txt" : "S-29-protokoll-direktionen-falt-med-mellanslag.txt";
            ImportedDocument d = synthetic(file, "p.txt");
            assertThat(d.input().protocol().noticePostedOn()).as(gap).isEqualTo(LocalDate.of(2025, 10, 29));
            assertThat(d.input().protocol().noticeRemovedOn()).as(gap).isEqualTo(LocalDate.of(2025, 11, 10));
            // taken down before the three weeks of the appeal period ran out
            assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).as(gap).contains("KL-ANSLAG-DURATION");
        }
        // "Datum för anslag" / "Datum för nedtagande", "Anslaget publicerat"
        protocol = synthetic("S-30-protokoll-direktionen-datum-for-anslag.txt", "p.txt").input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 20));
        protocol = synthetic("S-31-protokoll-direktionen-anslaget-publicerat.txt", "p.txt").input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        // the justering in a sentence, and the anslag posted too late after it
        ImportedDocument d = synthetic("S-32-protokoll-direktionen-sent-anslag.txt", "p.txt");
        assertThat(d.input().protocol().adjustedOn()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-ANSLAG-TIMELY");
        // a deadline is no justering
        protocol = synthetic("S-33-protokoll-direktionen-justeras-senast.txt", "p.txt").input().protocol();
        assertThat(protocol.adjustedOn()).isNull();
        // a bevis sentence wrapped onto the next line
        protocol = synthetic("S-34-protokoll-direktionen-bevis-tva-rader.txt", "p.txt").input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 20));
        // one paragraph justerad at once and posted at once, the rest later: the protocol's anslag is the later
        protocol = synthetic("S-35-protokoll-direktionen-omedelbar-justering.txt", "p.txt").input().protocol();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 20));
    }

    @Test
    void aProtokollsutdragNeedsNoNarvarolistaAndItsCertificationAfterTheParagraphIsRead() throws Exception {
        ImportedDocument d = synthetic("S-36-protokollsutdrag-hjalpmedelsnamnden.txt", "utdrag.txt");
        var protocol = d.input().protocol();
        assertThat(protocol.extract()).isTrue();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 4, 20));
        // justerad 28 days after the meeting, the anslag taken down before the three weeks ran out; no närvarolista is required
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .contains("KL-JUSTERING-DEADLINE", "KL-ANSLAG-DURATION").doesNotContain("KL-ATTENDANCE-RECORD");
        // the protocol itself is no extract, and must show who took part
        ImportedDocument full = synthetic("S-37-protokoll-hjalpmedelsnamnden-utan-narvaro.txt", "protokoll.txt");
        assertThat(full.input().protocol().extract()).isNull();
        assertThat(Seeds.engine().check(full.input()).findings()).extracting(f -> f.ruleId()).contains("KL-ATTENDANCE-RECORD");
    }

    @Test
    void aNarvarolistaAfterTheParagraphsOrAsASpaceAlignedTableMarkedWithXIsRead() throws Exception {
        // a table aligned with spaces, the name column headed "Ledamöter", presence marked X or -
        ImportedDocument d = synthetic("S-38-protokoll-e-namnden-narvarolista-x.txt", "protokoll.txt");
        var attendance = d.input().protocol().attendance();
        assertThat(attendance).extracting(Attendance::person).hasSize(7).doesNotContain("Hans Holm");
        assertThat(attendance).allMatch(a -> a.role() == SeatRole.LEDAMOT && Boolean.TRUE.equals(a.serves()));
        assertThat(attendance.get(0).partyId()).isEqualTo("lulea");
        // 7 of the e-nämnd's 14 seats: not beslutför
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-QUORUM")
                .doesNotContain("KL-ATTENDANCE-RECORD");

        // "Beslutande" after the last paragraph: the list, not that paragraph's decision
        d = synthetic("S-39-protokoll-e-namnden-beslutande-sist.txt", "protokoll.txt");
        assertThat(d.input().protocol().attendance()).extracting(Attendance::person)
                .containsExactly("Anna Andersson", "Bo Bengtsson", "Cecilia Carlsson");
        assertThat(d.input().protocol().paragraphs().get(1).decision()).isEqualTo("Nämnden fastställer budget 2026.");
    }

    @Test
    void aFöredragningslistaAlignedWithSpacesAndNumbersWithoutAFullStopIsATable() throws Exception {
        ImportedDocument d = synthetic("S-40-kallelse-lonesamverkan-tabell.txt", "kallelse.txt");
        assertThat(d.kinds()).contains(DocumentKind.AGENDA);
        assertThat(d.input().agenda().meetingDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(d.input().agenda().items()).extracting(i -> i.number(), i -> i.title(), i -> i.caseNumber())
                .containsExactly(Tuple.tuple(1, "Upprop och val av justerare", null),
                        Tuple.tuple(2, "Fastställande av ärendelista", null),
                        Tuple.tuple(3, "Ekonomisk uppföljning per april 2025", "GLN 2025/8"),
                        Tuple.tuple(4, "Internkontrollplan 2025", "GLN 2025/11"));
    }

    @Test
    void anArendelistaWithATimeColumnFirstAndAKallelseDatedBeforeItsMeeting() throws Exception {
        ImportedDocument d = synthetic("S-41-kallelse-lonesamverkan-tidskolumn.txt", "kallelse.txt");
        // the meeting's date, not the kallelse's own (2025-05-02) or the notice of absence's (2025-05-09)
        assertThat(d.input().agenda().meetingDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(d.input().agenda().items()).extracting(i -> i.number(), i -> i.title(), i -> i.time(), i -> i.caseNumber())
                .containsExactly(Tuple.tuple(1, "Upprop och val av justerare", LocalTime.of(13, 0), null),
                        Tuple.tuple(2, "Fastställande av ärendelista", LocalTime.of(13, 5), null),
                        Tuple.tuple(3, "Ekonomisk uppföljning per april 2025", LocalTime.of(13, 10), "GLN 2025/8"),
                        Tuple.tuple(4, "Sammanträdesdagar hösten 2025", LocalTime.of(14, 20), "GLN 2025/14"),
                        Tuple.tuple(4, "Information från lönechefen", LocalTime.of(14, 30), null));
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/agenda/items/4");
    }

    @Test
    void aBudgetWithSectionHeadingsInOrdinaryCaseIsOneTableWithCostsWrittenNegative() throws Exception {
        ImportedDocument d = synthetic("S-42-budget-2026-negativa-kostnader.txt", "budget.txt");
        assertThat(d.input().tables()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Budget 2026 (tkr)");
            assertThat(t.rows()).extracting(r -> r.kind()).containsExactly(RowKind.HEADING, RowKind.DETAIL, RowKind.DETAIL, RowKind.TOTAL,
                    RowKind.HEADING, RowKind.DETAIL, RowKind.DETAIL, RowKind.DETAIL, RowKind.TOTAL, RowKind.RESULT);
        });
        // 48 000 + (−47 700) is 300, not 500
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("FIN-TABLE-SUMS"))
                .singleElement().satisfies(f -> {
                    assertThat(f.variant()).isEqualTo("resultCostsNegative");
                    assertThat(f.message()).contains("300");
                });
    }

    @Test
    void aNarvarolistaWithColumnsForPresentAndAbsentCountsOnlyThoseMarkedPresent() throws Exception {
        ImportedDocument d = synthetic("S-43-protokoll-e-namnden-narvaro-n-f.txt", "protokoll.txt");
        var attendance = d.input().protocol().attendance();
        assertThat(attendance).extracting(Attendance::person).containsExactly("Carina Sammeli", "Henrik Blind", "Maud Lundbäck",
                "Stefan Sydberg", "Anders Lundkvist", "Rikard Granström", "Roland Kempainen");
        assertThat(attendance).extracting(Attendance::partyId).containsExactly("lulea", "jokkmokk", "kalix", "kiruna", "pitea", "alvsbyn", "overtornea");
        assertThat(attendance.get(0).chair()).isTrue();
        // 7 of 14 present: not beslutför
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-QUORUM")
                .doesNotContain("KL-ATTENDANCE-RECORD");
    }

    @Test
    void aTableRowWhoseAmountsOnlyItsWideGapsPartIsReadByTheGaps() throws Exception {
        ImportedDocument d = synthetic("S-44-investeringsbudget.txt", "budget.txt");
        assertThat(d.input().tables()).singleElement().satisfies(t -> assertThat(t.rows())
                .filteredOn(r -> "Räddningsmateriel".equals(r.label())).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly(new BigDecimal("1100"), new BigDecimal("900"), new BigDecimal("1000"))));
        assertThat(d.input().document().unreadable()).isEmpty();
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).doesNotContain("FIN-TABLE-SUMS");
    }

    @Test
    void theListsOwnLinesRepeatedBelowItHeadEachItemsSection() throws Exception {
        ImportedDocument d = synthetic("S-45-kallelse-e-namnden-upprepade-rubriker.txt", "kallelse.txt");
        var items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3);
        assertThat(items.get(0).proposals()).singleElement().satisfies(p -> assertThat(p.text()).contains("justera protokollet"));
        assertThat(items.get(1).proposals()).singleElement().satisfies(p -> assertThat(p.text()).contains("verksamhetsplan 2026"));
        assertThat(items.get(2).proposals()).isEmpty();
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).doesNotContain("DOC-NUMBERING");
    }

    @Test
    void aJusteringsLabelAloneOnItsLineTakesTheDateBelowIt() throws Exception {
        ImportedDocument d = synthetic("S-46-protokoll-lonenamnden-justering.txt", "protokoll.txt");
        assertThat(d.input().protocol().adjustedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        // posted six days after the justering; the last day was Monday 17 March (day 2 is a Sunday)
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-ANSLAG-TIMELY")
                .doesNotContain("DOC-BLANK-FIELD");
    }

    @Test
    void anItemAfterAGapInTheListIsAnItemWhenItsSectionsFollowIt() throws Exception {
        ImportedDocument d = synthetic("S-47-kallelse-jamtland-lucka.txt", "kallelse.txt");
        var items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3, 5);
        assertThat(items.get(2).proposals()).hasSize(1);
        assertThat(items.get(3).proposals()).hasSize(2);
        var findings = Seeds.engine().check(d.input()).findings();
        // the gap is the list's, and the invoice to the parties needs a distribution that reaches them all
        assertThat(findings).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING")).extracting(f -> f.location().pointer())
                .containsExactly("/agenda/items/3");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("DOC-DISTRIBUTION")).extracting(f -> f.location().pointer())
                .containsExactly("/agenda/items/3/distribution");
    }

    @Test
    void presenceColumnsBelowTheHeadingAndVoteColumnsBesideThemAreToldApart() throws Exception {
        ImportedDocument d = synthetic("S-48-protokoll-e-namnden-narvaro-omrostning.txt", "protokoll.txt");
        // a mark under "Ja" is a vote, not presence
        assertThat(d.input().protocol().attendance()).extracting(Attendance::person).containsExactly("Carina Sammeli", "Henrik Blind");
        // a footer's box for certifying extracts does not make the protocol an extract
        assertThat(d.input().protocol().extract()).isNull();
    }
}
