package se.namndkoll.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.format.Fixtures;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.ParticipationMode;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.RegulatedTopic;
import se.namndkoll.rules.model.RegulationTopic;
import se.namndkoll.rules.model.RowKind;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.TextZone;
import se.namndkoll.rules.reference.ReferenceCommittees;

/**
 * The importer on documents nobody on the project wrote: other committees, layouts and years than
 * the seeds, written here in the forms Swedish municipalities use.
 */
class StandardDocumentImporterTest {

    /** The head of a kallelse of a committee the registry does not know, down to its list's heading. */
    private static final String LONESAMVERKAN_KALLELSE = """
            KALLELSE

            Gemensam nämnd för lönesamverkan

            Tid: Onsdag 14 maj 2025, kl. 13.00
            Plats: Kommunhuset Ljusdal

            FÖREDRAGNINGSLISTA
            """;

    private static ImportedDocument read(String name, String text) throws UnreadableDocumentException {
        return new StandardDocumentImporter().read(name, text.getBytes(StandardCharsets.UTF_8), new ImportOptions(null, ReferenceCommittees.all(), null));
    }

    @Test
    void anAgreementIsReadWithTheTopicsItRegulatesAndTheirLines() throws Exception {
        ImportedDocument d = read("avtal.txt", """
                Samverkansavtal för gemensam nämnd för IT-drift i Gästrikland

                § 1 Parter
                Parter i detta avtal är Ockelbo kommun, Hofors kommun och Sandvikens kommun.

                § 2 Värdkommun
                Sandvikens kommun är värdkommun och nämnden ingår i dess organisation.

                § 3 Kostnadsfördelning
                Nämndens kostnader fördelas mellan parterna efter antal invånare den 1 november året före budgetåret.

                § 4 Protokoll
                Nämndens protokoll justeras av ordföranden och en ledamot.

                § 5 Uppsägning
                Avtalet kan sägas upp med två års uppsägningstid.
                """);
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
        ImportedDocument d = read("reglemente.txt", """
                Kommunledningskontoret
                REGLEMENTE FÖR GEMENSAM HJÄLPMEDELSNÄMND

                Sammansättning
                Nämnden består av nio ledamöter och nio ersättare. Varje part utser en (1) ledamot och en ersättare.

                Ordförande
                Regionfullmäktige väljer ordförande och vice ordförande bland ledamöterna.

                Justering av protokoll
                Protokollet justeras av ordföranden och en ledamot senast 14 dagar efter sammanträdet.
                """);
        assertThat(d.kinds()).containsExactly(DocumentKind.REGLEMENTE);
        assertThat(d.input().governingTexts()).singleElement().satisfies(g ->
                assertThat(g.topics()).extracting(RegulatedTopic::topic).contains(RegulationTopic.REPRESENTATION, RegulationTopic.CHAIR)
                        .doesNotContain(RegulationTopic.BUDGET));
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("REGL-CHECKLIST-BUDGET")
                .doesNotContain("REGL-CHECKLIST-REPRESENTATION", "REGL-CHECKLIST-CHAIR");
    }

    @Test
    void aProtocolOfAnotherCommitteeWithSubstitutesServingForAbsentMembers() throws Exception {
        ImportedDocument d = read("protokoll.txt", """
                SAMMANTRÄDESPROTOKOLL
                Gemensamma servicenämnden

                Plats och tid: Stadshuset, sal B, kl. 09.00–11.30
                Sammanträdesdatum: fredag 2023-11-10
                Justerare: Per Persson (M)
                Justeringens plats och tid: Stadshuset 2023-11-17

                Närvarolista
                Ledamöter
                Anna Andersson (S), ordförande
                Per Persson (M)
                Ersättare
                Karin Berg (C), tjg för Olle Olsson (C) §§ 1-2
                Lars Ek (V)

                § 1
                Val av justerare
                Beslut
                Per Persson utses att justera protokollet.

                § 2
                Budget 2024
                Dnr KS 2023/123
                Beslut
                Nämnden beslutar att anta förslag till budget för 2024.
                Eva Ek (L) anmäler jäv och deltar inte i handläggningen.
                Beslutet skickas till
                Kommunstyrelsen, Ekonomikontoret
                """);
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
        assertThat(d.input().decisions()).extracting(x -> x.kind()).contains(se.namndkoll.rules.model.DecisionKind.ADOPT_BUDGET);
        assertThat(d.input().document().dates()).anySatisfy(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2023, 11, 10));
            assertThat(m.statedWeekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
            assertThat(m.role()).isEqualTo(se.namndkoll.rules.model.DateRole.MEETING);
        });
        assertThat(d.input().document().lines().get(19).zone()).isEqualTo(TextZone.DECISION);
    }

    @Test
    void namesInTheFirstPagesFieldsAreTheAttendanceWhenThereIsNoSeparateList() throws Exception {
        ImportedDocument d = read("protokoll.txt", """
                Protokoll
                Gemensam nämnd för samverkan inom drift och service, utveckling samt specialistfunktioner
                Sammanträdesdatum 2024-03-05
                Plats och tid Kommunhuset i Bräcke, kl. 13.00-15.00
                Beslutande Anna Andersson (S), ordförande, Bräcke
                Per Persson (M), Östersund
                Karin Berg (C), tjänstgörande ersättare för Olle Olsson (C), Åre
                Ersättare Lars Ek (V), Berg
                Justerare Per Persson

                § 1
                Budget 2025
                Beslut
                Nämnden beslutar att fastställa budget för 2025.
                """);
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
        String body = """
                § 1
                Information om verksamheten under våren
                Beslut
                Nämnden lägger informationen om verksamhetens läge under våren och sommaren till handlingarna efter diskussion.

                § 2
                Rapport om upphandlingen av ett gemensamt ekonomisystem för samtliga parter
                Beslut
                Nämnden godkänner rapporten om upphandlingen och ger förvaltningen i uppdrag att återkomma med ett avtal.
                """;
        String header = "Protokoll\nSammanträdesdatum 2021-05-05\nJusterare Eva Ek\n\n";
        ImportedDocument twice = read("dubbel.txt", header + body + "\n" + body);
        assertThat(twice.input().protocol().paragraphs()).extracting(ProtocolParagraph::number).containsExactly(1, 2);
        assertThat(twice.input().document().lines()).filteredOn(l -> l.duplicateOf() != null).isNotEmpty();
        assertThat(twice.input().document().unreadable()).isEmpty();

        // the same number on another matter is read, and reported as a repeat in the numbering
        ImportedDocument changed = read("andrad.txt", header + body + "\n§ 2\nEtt annat ärende\nBeslut\nNämnden avslår.\n");
        assertThat(changed.input().protocol().paragraphs()).extracting(ProtocolParagraph::number).containsExactly(1, 2, 2);
        assertThat(changed.input().protocol().paragraphs().get(2).title()).isEqualTo("Ett annat ärende");
        assertThat(changed.input().document().unreadable()).isEmpty();
        assertThat(Seeds.engine().check(changed.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/protocol/paragraphs/2");
    }

    @Test
    void aNumberRepeatedInADenseListOfItemsIsADuplicateItem() throws Exception {
        ImportedDocument d = read("kallelse.txt", LONESAMVERKAN_KALLELSE + """
                1. Val av justerare
                2. Budget
                2. Internkontroll
                3. Information
                """);
        assertThat(d.input().agenda().items()).extracting(i -> i.number()).containsExactly(1, 2, 2, 3);
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/agenda/items/2");
    }

    @Test
    void aTableWithAmountsSeparatedOnlyBySpacesIsReadWhereTheSplitIsCertain() throws Exception {
        ImportedDocument d = read("budget.txt", """
                Resultaträkning 2023

                INTÄKTER
                Avgifter från parterna 1 200 000
                Projektmedel 350 500
                Summa intäkter 1 550 500
                """);
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
        ImportedDocument d = new StandardDocumentImporter(java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T10:00:00Z"), java.time.ZoneOffset.UTC))
                .read("guide.txt", "En vägledning om samverkan\nText utan datum.\n".getBytes(StandardCharsets.UTF_8), new ImportOptions(null, List.of(), null));
        assertThat(d.input().evaluationDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(d.kinds()).containsExactly(DocumentKind.OTHER);
        assertThat(d.committeeId()).isNull();
    }

    @Test
    void aGuideThatMentionsCommitteesInPassingIsNotTheirDocument() throws Exception {
        ImportedDocument d = read("guide.txt", "Guide för samverkan\nE-nämnden bildades 2003 av staten. Gemensamma nämnden är ingen juridisk person.\n");
        assertThat(d.committeeId()).isNull();
    }

    @Test
    void aCommitteeWhoseNameOnlyBeginsLikeARegisteredOnesIsNotThatCommittee() throws Exception {
        // "Gemensamma nämnden" is also an alias of the Jämtland committee; this is another nämnd
        ImportedDocument d = read("protokoll.txt", """
                SAMMANTRÄDESPROTOKOLL
                Gemensamma nämnden för upphandling
                Sammanträdesdatum 2024-02-07
                Plats och tid Stadshuset, kl. 09.00–11.45
                Beslutande Karin Åberg (S), Skellefteå kommun, ordförande
                Per-Olof Nilsson (M), Norsjö kommun

                Gemensamma nämnden för upphandling                       Sammanträdesprotokoll

                § 1     Val av justerare
                Beslut
                Gemensamma nämnden för upphandling utser Per-Olof Nilsson (M) att justera protokollet.
                """);
        assertThat(d.committeeId()).isNull();
    }

    @Test
    void labelsWrappedInANarrowColumnAreJoinedToTheirValues() throws Exception {
        // the form most kommuner use: long labels wrap in the left column, the anslag box has two columns
        ImportedDocument d = read("protokoll.txt", """
                SAMMANTRÄDESPROTOKOLL
                Nämnden för gemensam upphandling
                Sammanträdesdatum 2024-02-07

                Plats och tid          Stadshuset, kl. 09.00–11.45

                Utses att justera      Per-Olof Nilsson (M)

                Justeringens           Stadshuset, 2024-02-12
                plats och tid

                                   ANSLAG/BEVIS
                Protokollet är justerat. Justeringen har tillkännagetts genom anslag.

                Sammanträdesdatum      2024-02-07
                Datum då anslaget      2024-02-13                Datum då anslaget    2024-03-01
                sätts upp                                        tas ned
                Förvaringsplats        Kommunledningskontoret
                för protokollet

                § 1     Val av justerare
                Beslut
                Nämnden utser Per-Olof Nilsson (M) att justera protokollet.
                """);
        assertThat(d.input().document().fields())
                .extracting(f -> f.label() + " = " + f.value())
                .contains("Justeringens plats och tid = Stadshuset, 2024-02-12", "Datum då anslaget sätts upp = 2024-02-13",
                        "Datum då anslaget tas ned = 2024-03-01", "Förvaringsplats för protokollet = Kommunledningskontoret")
                .noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).startsWith("plats och tid = ") && f.endsWith("= "));
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
    void aGapInAListOfOneLinePerItemIsReadAsTheListsGap() throws Exception {
        ImportedDocument d = read("kallelse.txt", """
                KALLELSE
                Gemensam nämnd för hjälpmedel
                Tid: Onsdag 17 april 2024, kl. 13.15

                FÖREDRAGNINGSLISTA
                Nr  Ärende                                                         Dnr
                1.  Sammanträdets öppnande
                2.  Val av justerare
                3.  Prislista för hjälpmedel 2025                                   RV 2024-0098
                4.  Revidering av reglemente                                        RV 2024-
                6.  Övriga frågor

                Förslag till beslut
                1. att fastställa prislistan,
                2. att prislistan gäller från och med 2025.
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Gemensam nämnd för kost och måltid
                Sammanträdesdatum: 2023-10-19
                Plats: Kommunhuset i Hudiksvall

                Närvarolista
                Namn\tParti\tKommun\tFunktion\tNärvarande §§
                Lars Holm\tS\tHudiksvall\tOrdförande\t1–3
                Eva Berg\tM\tHudiksvall\tLedamot\t1–3
                Johan Ek\tC\tNordanstig\tVice ordförande\t1–2
                Anna Sjö\tS\tNordanstig\tErsättare, tjänstgör för Johan Ek\t3
                Per Lind\tKD\tHudiksvall\tErsättare\t1–3
                Olof Ny\tL\tNordanstig\tLedamot\t–

                Justerare: Eva Berg
                Justering: Kommunhuset 2023-10-23

                Bevis om anslag
                Protokollet har justerats. Anslaget har satts upp 2023-10-27 och tas ned 2023-11-20.

                § 1 Fastställande av dagordning
                Beslut
                Nämnden fastställer dagordningen.

                § 2 Kostpolicy
                Beslut
                Nämnden antar kostpolicyn.

                § 3 Budget 2024
                Beslut
                Nämnden antar budget för 2024.
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Förbundsdirektionen
                Sammanträdesdatum 2024-06-03

                § 1 Fastställande av dagordning
                Direktionen fastställer dagordningen.

                § 2 Val av justerare
                Förbundsdirektionen utser Lars Eriksson att justera protokollet.

                § 3 Delårsrapport
                Informationen noteras.

                § 4 Information
                Information om verksamheten lämnas.
                """);
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lars Holm", SeatRole.LEDAMOT, null),
                        org.assertj.core.groups.Tuple.tuple("Anna Sjö", SeatRole.ERSATTARE, "Johan Ek"));
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
        ImportedDocument d = read("protokoll.txt", """
                Norrbottens e-nämnd
                PROTOKOLL
                Sammanträdesdatum: 2024-09-18

                Närvarolista
                Namn\tParti\tKommun\tFunktion
                Carina Sammeli\tS\tLuleå\tOrdförande
                Maud Lundbäck\tS\tKalix\tLedamot
                Stefan Sydberg\tM\tKiruna\tLedamot
                Henrik Blind\tMP\tJokkmokk\tLedamot
                Anders Lundkvist\tS\tPiteå\tLedamot
                Rikard Granström\tS\tÄlvsbyn\tLedamot
                Sara Lundberg\tS\tArvidsjaur\tLedamot
                Erik Gräns\tV\tArjeplog\tLedamot

                § 1 Budget 2025
                Beslut
                E-nämnden beslutar att fastställa budget 2025.

                § 2 Upphandling av e-arkiv
                Stefan Sydberg (M) och Henrik Blind (MP) anmäler jäv och deltar inte i handläggningen.
                Beslut
                E-nämnden beslutar att tilldela kontraktet till Arkivbolaget AB.

                § 3 Information
                På grund av jäv deltar inte Maud Lundbäck i detta ärende.
                Informationen noteras.
                """);
        assertThat(d.input().protocol().paragraphs()).extracting(ProtocolParagraph::disqualified)
                .containsExactly(List.of(), List.of("Stefan Sydberg", "Henrik Blind"), List.of("Maud Lundbäck"));
        // 8 of 14 serve (at least 8 needed); in § 2 two of them have jäv, in § 3 one
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("KL-QUORUM"))
                .extracting(f -> f.location().pointer()).containsExactly("/protocol/paragraphs/1", "/protocol/paragraphs/2");
    }

    @Test
    void aListFollowedByOneSectionPerItemGivesEachItemItsOwnSection() throws Exception {
        ImportedDocument d = read("kallelse.txt", """
                KALLELSE
                Gemensam nämnd för hjälpmedel
                Tid: Onsdag 17 april 2024, kl. 13.15

                FÖREDRAGNINGSLISTA
                1.  Val av justerare
                2.  Prislista för hjälpmedel 2025
                3.  Revidering av reglemente
                4.  Övriga frågor

                Ärende 2 Prislista för hjälpmedel 2025

                Förslag till beslut
                1. att fastställa prislistan,
                2. att prislistan gäller från och med 2025.

                Expedieras till
                Region Västmanland, Köpings kommun

                Ärende 3 Revidering av reglemente

                Ärendebeskrivning
                Reglementet revideras.

                Förslag till beslut
                Nämnden föreslår fullmäktige att anta reglementet.
                """);
        List<se.namndkoll.rules.model.AgendaItem> items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3, 4);
        assertThat(items.get(1).proposals()).extracting(se.namndkoll.rules.model.ProposalPoint::text)
                .containsExactly("att fastställa prislistan,", "att prislistan gäller från och med 2025.");
        assertThat(items.get(1).distribution()).containsExactly("Region Västmanland", "Köpings kommun");
        assertThat(items.get(2).description()).isEqualTo("Reglementet revideras.");
        assertThat(items.get(2).proposals()).singleElement().satisfies(pp -> assertThat(pp.text()).startsWith("Nämnden föreslår"));
        assertThat(items.get(3).proposals()).isEmpty();
        assertThat(items.get(3).distribution()).isNullOrEmpty();
    }

    @Test
    void severalPersonsOnOneLineAndAnAnslagPeriodAreRead() throws Exception {
        ImportedDocument d = read("protokoll.txt", """
                Protokoll från förbundsdirektionen
                Sammanträdesdatum: 12 mars 2024
                Plats och tid: Förbundets kansli, Borås, kl. 09.00–11.00

                Beslutande ledamöter: Anna Persson (S), Borås, ordförande, Lars Eriksson (C), Mark, Gunilla Mattsson (M), Ulricehamn
                Ersättare: Per Ek (S), Borås

                Justerare: Lars Eriksson
                Justeringsdatum: 15 mars 2024

                Anslagsperiod: 2024-03-18 – 2024-04-05

                § 8 Årsredovisning 2023
                Beslut
                Direktionen godkänner årsredovisningen för 2023.
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Gemensam nämnd för hjälpmedel
                Sammanträdesdatum 2024-05-22
                Beslutande: enligt bifogad närvarolista
                Protokollet justerat: 2024-05-24

                BEVIS
                Justeringen har tillkännagetts genom anslag på kommunens anslagstavla under tiden 2024-05-28 -- 2024-06-18.

                § 1 Budget
                Beslut
                Nämnden antar budgeten.
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Gemensam nämnd för samverkan inom drift och service, utveckling samt specialistfunktioner
                Sammanträdesdatum 2025-05-20
                Plats och tid  Regionens hus, Östersund, kl. 13.00–15.00
                Beslutande     Anna Andersson, Bräcke (S), ordförande
                               Per Persson, Östersund (M)
                               Karin Berg, Krokom, tjänstgörande ersättare för Olle Olsson (C)
                Justerare      Per Persson

                §12 Budget 2026
                Beslut
                Nämnden beslutar att fastställa budget för 2026.

                §13. Information
                Informationen noteras.
                """);
        var protocol = d.input().protocol();
        assertThat(protocol.attendance()).extracting(Attendance::person, Attendance::politicalParty, Attendance::partyId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Andersson", "S", "bracke"),
                        org.assertj.core.groups.Tuple.tuple("Per Persson", "M", "ostersund"),
                        org.assertj.core.groups.Tuple.tuple("Karin Berg", null, "krokom"));
        assertThat(protocol.attendance().get(2).servingFor()).isEqualTo("Olle Olsson");
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::number, ProtocolParagraph::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, "Nämnden beslutar att fastställa budget för 2026."),
                        org.assertj.core.groups.Tuple.tuple(13, "Informationen noteras."));
    }

    @Test
    void aFöredragningslistaWrittenAsATableIsRead() throws Exception {
        // Word's table: Nr | Ärende | Dnr | Föredragande, the numbers without a full stop
        ImportedDocument d = read("kallelse.txt", """
                KALLELSE
                Gemensam nämnd för IT-drift i Gästrikland
                Sammanträde: 2024-10-15 kl. 13.00

                Föredragningslista
                Nr\tÄrende\tDnr\tFöredragande
                1\tVal av justerare\t\t
                2\tBudget 2025\tGIT 2024/12\tEkonomichef
                3\tInternkontrollplan 2025\tGIT 2024/15\tController
                5\tInformation\t\t

                Ärende 2 Budget 2025
                Förslag till beslut
                Nämnden fastställer budget 2025 med en ram om xxx kronor.
                """);
        List<se.namndkoll.rules.model.AgendaItem> items = d.input().agenda().items();
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
        ImportedDocument d = read("kallelse.txt", """
                Norrbottens e-nämnd
                KALLELSE
                Sammanträde: onsdag 12 november 2025, kl. 10.00

                Föredragningslista
                1. Val av justerare
                2. Budget 2026 (2025/44-1.2)
                Förslag till beslut
                1. E-nämnden fastställer budget 2026.
                2. Grundbeloppet betalas av samtliga medlemskommuner i lika delar.
                3. Sammanträdesplan 2026 (2025/50-1.2)
                Förslag till beslut
                E-nämnden fastställer sammanträdesplan för 2026.
                4. Information
                """);
        List<se.namndkoll.rules.model.AgendaItem> items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3, 4);
        assertThat(items.get(1).proposals()).hasSize(2);
        assertThat(items.get(2).proposals()).hasSize(1);
        assertThat(items.get(3).title()).isEqualTo("Information");
    }

    @Test
    void aDiarienummerOnTheHeadingsLineAndAJusteringOnTwoDatesAreRead() throws Exception {
        ImportedDocument d = read("protokoll.txt", """
                SAMMANTRÄDESPROTOKOLL
                Gemensam nämnd för hjälpmedel
                Sammanträdesdatum 2024-09-04
                Justerare: Per Ek
                Justeringens plats och tid: Regionhuset 2024-09-04, paragraf 14 omedelbart justerad; övriga 2024-09-10

                § 12 Dnr RV 2024-0201 Delårsrapport
                Beslut
                Nämnden godkänner delårsrapporten.

                § 13 Prislista 2025 (Dnr RV 2024-0210)
                Beslut
                Nämnden fastställer prislistan för 2025.
                """);
        var protocol = d.input().protocol();
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::title, ProtocolParagraph::caseNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Delårsrapport", "RV 2024-0201"),
                        org.assertj.core.groups.Tuple.tuple("Prislista 2025", "RV 2024-0210"));
        // the protocol as a whole is justerat on the later date (one paragraph was justerad at once)
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void listsHeadedNarvarandeLedamoterOrBeslutandeAboveLedamoterAreTheAttendance() throws Exception {
        // "Närvarande ledamöter" above the names, and a serving ersättare on a labelled line
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Norrbottens e-nämnd
                Sammanträdesdatum: 2025-05-15

                Närvarande ledamöter
                Anna Andersson (S), Luleå kommun
                Bo Bengtsson (M), Piteå kommun
                Cecilia Carlsson (S), Bodens kommun
                Daniel Dahl (C), Kalix kommun
                Eva Eriksson (S), Arjeplogs kommun
                Fredrik Falk (S), Jokkmokks kommun
                Gunnel Grahn (V), Gällivare kommun
                Hans Holm (S), Kiruna kommun

                Tjänstgörande ersättare: Ivar Isaksson (S), Haparanda kommun
                Frånvarande: Jan Jansson (S), Kalix kommun

                Justerare: Bo Bengtsson (M)
                Justering: 2025-05-20

                § 23 Val av justerare
                Nämnden utser Bo Bengtsson att justera protokollet.
                """);
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
        d = read("protokoll.txt", """
                PROTOKOLL
                Norrbottens e-nämnd
                Sammanträdesdatum: 2025-05-15

                Beslutande
                Ledamöter
                Anna Andersson (S), Luleå kommun, ordförande
                Bo Bengtsson (M), Piteå kommun
                Cecilia Carlsson (S), Bodens kommun
                Daniel Dahl (C), Kalix kommun
                Eva Eriksson (S), Arjeplogs kommun
                Fredrik Falk (S), Jokkmokks kommun
                Gunnel Grahn (V), Gällivare kommun

                Ersättare (tjänstgörande)
                Ivar Isaksson (S), Kiruna kommun, ersätter Hanna Hult (S), Haparanda kommun

                Justerare: Bo Bengtsson (M)
                Justering: 2025-05-20

                § 23 Val av justerare
                Nämnden utser Bo Bengtsson att justera protokollet.
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Överförmyndarnämnden
                Sammanträdesdatum: 2025-04-03
                Beslutande
                Eva Lindström (S), ordförande
                Nils Johansson (L)

                Justerare: Nils Johansson (L)
                Justeringens plats och tid:
                § 30 justerades omedelbart vid sammanträdet den 3 april 2025.
                Övriga paragrafer justeras i Stadshuset tisdagen den 22 april 2025.

                § 29 Fastställande av dagordning
                Nämndens beslut
                Dagordningen fastställs med tillägg av ett informationsärende under
                § 31.

                § 30 Yttrande till tingsrätten
                Beslut
                Nämnden tillstyrker att förvaltarskap anordnas. Paragrafen förklaras omedelbart justerad.

                § 31 Information
                Beslut
                Informationen noteras.

                Underskrifter:
                Sekreterare ......................... Johan Berg
                Ordförande ......................... Eva Lindström
                """);
        var protocol = d.input().protocol();
        // "§ 30 justerades …" is a sentence of the justering's field, "§ 31." the end of a sentence
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::number, ProtocolParagraph::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(29, "Fastställande av dagordning"),
                        org.assertj.core.groups.Tuple.tuple(30, "Yttrande till tingsrätten"),
                        org.assertj.core.groups.Tuple.tuple(31, "Information"));
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
        String head = """
                PROTOKOLL
                Direktionen
                Sammanträdesdatum: 2025-10-22
                Beslutande: Anna Ek (S), ordförande
                Justerare: Per Ek
                """;
        String paragraph = """

                § 61 Val av justerare
                Direktionen utser Per Ek att justera protokollet.
                """;
        // the standard bevis sentence: "tillkännagetts" is the posting
        var protocol = read("p.txt", head + """
                Justering: 2025-10-28
                Justeringen har tillkännagetts på anslagstavlan 2025-10-29. Anslaget tas ned 2025-11-10.
                """ + paragraph).input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 10));
        // two fields side by side in one line, a tab or a wide gap apart
        for (String gap : List.of("\t", "    ")) {
            ImportedDocument d = read("p.txt", head + "Justeringens plats och tid" + gap + "Kommunhuset 2025-10-28\n"
                    + "Datum för anslags uppsättande" + gap + "2025-10-29" + gap + "Datum för anslags nedtagande" + gap + "2025-11-10\n" + paragraph);
            assertThat(d.input().protocol().noticePostedOn()).as(gap).isEqualTo(LocalDate.of(2025, 10, 29));
            assertThat(d.input().protocol().noticeRemovedOn()).as(gap).isEqualTo(LocalDate.of(2025, 11, 10));
            // taken down before the three weeks of the appeal period ran out
            assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).as(gap).contains("KL-ANSLAG-DURATION");
        }
        // "Datum för anslag" / "Datum för nedtagande", "Anslaget publicerat"
        protocol = read("p.txt", head + """
                Justering: 2025-10-28
                Datum för anslag: 2025-10-29
                Datum för nedtagande: 2025-11-20
                """ + paragraph).input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 20));
        protocol = read("p.txt", head + """
                Justering: 2025-10-28
                Anslaget publicerat: 2025-10-29
                Anslaget tas ned: 2025-11-20
                """ + paragraph).input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        // the justering in a sentence, and the anslag posted too late after it
        ImportedDocument d = read("p.txt", head + """
                Protokollet justerades digitalt den 28 oktober 2025.
                Anslaget sätts upp 2025-11-03
                Anslaget tas ned 2025-11-25
                """ + paragraph);
        assertThat(d.input().protocol().adjustedOn()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-ANSLAG-TIMELY");
        // a deadline is no justering
        protocol = read("p.txt", head + """
                Protokollet justeras senast 2025-11-05.
                """ + paragraph).input().protocol();
        assertThat(protocol.adjustedOn()).isNull();
        // a bevis sentence wrapped onto the next line
        protocol = read("p.txt", head + """
                Justering: 2025-10-28
                Direktionens protokoll har justerats. Justeringen tillkännages på förbundets digitala
                anslagstavla från och med den 29 oktober 2025. Anslaget tas ned den 20 november 2025.
                """ + paragraph).input().protocol();
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 20));
        // one paragraph justerad at once and posted at once, the rest later: the protocol's anslag is the later
        protocol = read("p.txt", head + """
                Justering: 2025-10-22 (§ 61), övriga paragrafer 2025-10-28
                § 61: anslaget sattes upp den 23 oktober 2025 och tas ned den 14 november 2025.
                §§ 62–65: anslaget sätts upp den 29 oktober 2025 och tas ned den 20 november 2025.
                """ + paragraph).input().protocol();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 11, 20));
    }

    @Test
    void aProtokollsutdragNeedsNoNarvarolistaAndItsCertificationAfterTheParagraphIsRead() throws Exception {
        ImportedDocument d = read("utdrag.txt", """
                PROTOKOLLSUTDRAG
                Hjälpmedelsnämnden
                Sammanträdesdatum 2025-03-12

                § 47 Prislista 2026
                Dnr RS 2025-00214

                Beslut
                Hjälpmedelsnämnden fastställer prislista 2026.

                Justering: 2025-04-09
                Anslaget sätts upp: 2025-04-10
                Anslaget tas ned: 2025-04-20

                Rätt utdraget intygar
                Maja Lindgren, nämndsekreterare
                """);
        var protocol = d.input().protocol();
        assertThat(protocol.extract()).isTrue();
        assertThat(protocol.adjustedOn()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(protocol.noticePostedOn()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(protocol.noticeRemovedOn()).isEqualTo(LocalDate.of(2025, 4, 20));
        // justerad 28 days after the meeting, the anslag taken down before the three weeks ran out; no närvarolista is required
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId())
                .contains("KL-JUSTERING-DEADLINE", "KL-ANSLAG-DURATION").doesNotContain("KL-ATTENDANCE-RECORD");
        // the protocol itself is no extract, and must show who took part
        ImportedDocument full = read("protokoll.txt", """
                PROTOKOLL
                Hjälpmedelsnämnden
                Sammanträdesdatum 2025-03-12

                § 47 Prislista 2026
                Beslut
                Hjälpmedelsnämnden fastställer prislista 2026.
                """);
        assertThat(full.input().protocol().extract()).isNull();
        assertThat(Seeds.engine().check(full.input()).findings()).extracting(f -> f.ruleId()).contains("KL-ATTENDANCE-RECORD");
    }

    @Test
    void aNarvarolistaAfterTheParagraphsOrAsASpaceAlignedTableMarkedWithXIsRead() throws Exception {
        String head = """
                PROTOKOLL
                Norrbottens e-nämnd
                Sammanträdesdatum 2025-05-15

                Justerare                Bo Bengtsson (M)
                Justering                2025-05-20
                """;
        String paragraphs = """

                § 23 Val av justerare
                Beslut
                Nämnden utser Bo Bengtsson att justera protokollet.

                § 24 Budget
                Beslut
                Nämnden fastställer budget 2026.
                """;
        // a table aligned with spaces, the name column headed "Ledamöter", presence marked X or -
        ImportedDocument d = read("protokoll.txt", head + """

                NÄRVAROLISTA
                Ledamöter                                   Närvarande   Kommun
                Anna Andersson (S)                          X            Luleå
                Bo Bengtsson (M)                            X            Piteå
                Cecilia Carlsson (S)                        X            Boden
                Daniel Dahl (C)                             X            Kalix
                Eva Eriksson (S)                            X            Arjeplog
                Fredrik Falk (S)                            X            Jokkmokk
                Gunnel Grahn (V)                            X            Gällivare
                Hans Holm (S)                               -            Kiruna
                """ + paragraphs);
        var attendance = d.input().protocol().attendance();
        assertThat(attendance).extracting(Attendance::person).hasSize(7).doesNotContain("Hans Holm");
        assertThat(attendance).allMatch(a -> a.role() == SeatRole.LEDAMOT && Boolean.TRUE.equals(a.serves()));
        assertThat(attendance.get(0).partyId()).isEqualTo("lulea");
        // 7 of the e-nämnd's 14 seats: not beslutför
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-QUORUM")
                .doesNotContain("KL-ATTENDANCE-RECORD");

        // "Beslutande" after the last paragraph: the list, not that paragraph's decision
        d = read("protokoll.txt", head + paragraphs + """

                Beslutande
                Anna Andersson (S), Luleå
                Bo Bengtsson (M), Piteå
                Cecilia Carlsson (S), Boden
                """);
        assertThat(d.input().protocol().attendance()).extracting(Attendance::person)
                .containsExactly("Anna Andersson", "Bo Bengtsson", "Cecilia Carlsson");
        assertThat(d.input().protocol().paragraphs().get(1).decision()).isEqualTo("Nämnden fastställer budget 2026.");
    }

    @Test
    void aFöredragningslistaAlignedWithSpacesAndNumbersWithoutAFullStopIsATable() throws Exception {
        ImportedDocument d = read("kallelse.txt", LONESAMVERKAN_KALLELSE + """

                Nr  Ärende                                              Diarienr
                1   Upprop och val av justerare
                2   Fastställande av ärendelista
                3   Ekonomisk uppföljning per april 2025                  GLN 2025/8
                4   Internkontrollplan 2025                               GLN 2025/11
                """);
        assertThat(d.kinds()).contains(DocumentKind.AGENDA);
        assertThat(d.input().agenda().meetingDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(d.input().agenda().items()).extracting(i -> i.number(), i -> i.title(), i -> i.caseNumber())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Upprop och val av justerare", null),
                        org.assertj.core.groups.Tuple.tuple(2, "Fastställande av ärendelista", null),
                        org.assertj.core.groups.Tuple.tuple(3, "Ekonomisk uppföljning per april 2025", "GLN 2025/8"),
                        org.assertj.core.groups.Tuple.tuple(4, "Internkontrollplan 2025", "GLN 2025/11"));
    }

    @Test
    void anArendelistaWithATimeColumnFirstAndAKallelseDatedBeforeItsMeeting() throws Exception {
        ImportedDocument d = read("kallelse.txt", """
                KALLELSE                                                   Datum 2025-05-02

                Gemensam nämnd för lönesamverkan

                Dag och tid     Onsdag den 14 maj 2025 klockan 13.00
                Plats           Kommunhuset Ljusdal

                Förhinder meddelas nämndsekreteraren senast fredag den 9 maj 2025.

                ÄRENDELISTA

                Tid     Nr  Ärende                                              Diarienr
                13.00   1   Upprop och val av justerare
                13.05   2   Fastställande av ärendelista
                13.10   3   Ekonomisk uppföljning per april 2025                  GLN 2025/8
                14.20   4   Sammanträdesdagar hösten 2025                         GLN 2025/14
                14.30   4   Information från lönechefen
                """);
        // the meeting's date, not the kallelse's own (2025-05-02) or the notice of absence's (2025-05-09)
        assertThat(d.input().agenda().meetingDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(d.input().agenda().items()).extracting(i -> i.number(), i -> i.title(), i -> i.time(), i -> i.caseNumber())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Upprop och val av justerare", java.time.LocalTime.of(13, 0), null),
                        org.assertj.core.groups.Tuple.tuple(2, "Fastställande av ärendelista", java.time.LocalTime.of(13, 5), null),
                        org.assertj.core.groups.Tuple.tuple(3, "Ekonomisk uppföljning per april 2025", java.time.LocalTime.of(13, 10), "GLN 2025/8"),
                        org.assertj.core.groups.Tuple.tuple(4, "Sammanträdesdagar hösten 2025", java.time.LocalTime.of(14, 20), "GLN 2025/14"),
                        org.assertj.core.groups.Tuple.tuple(4, "Information från lönechefen", java.time.LocalTime.of(14, 30), null));
        assertThat(Seeds.engine().check(d.input()).findings()).filteredOn(f -> f.ruleId().equals("DOC-NUMBERING"))
                .extracting(f -> f.location().pointer()).containsExactly("/agenda/items/4");
    }

    @Test
    void aBudgetWithSectionHeadingsInOrdinaryCaseIsOneTableWithCostsWrittenNegative() throws Exception {
        ImportedDocument d = read("budget.txt", """
                Budget 2026 (tkr)
                Intäkter
                Medlemsavgifter                 28 600
                Taxor och avgifter              19 400
                Summa intäkter                  48 000
                Kostnader
                Personalkostnader              -37 900
                Lokalkostnader                  -4 300
                Övriga kostnader                -5 500
                Summa kostnader                -47 700
                Resultat                            500
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                Norrbottens e-nämnd
                PROTOKOLL
                Sammanträdesdatum 2025-03-03
                Justering: 2025-03-10

                NÄRVAROLISTA                                  N     F
                Ledamöter
                Carina Sammeli (S), Luleå, ordförande         X
                Magnus Johansson (S), Gällivare                     X
                Henrik Blind (MP), Jokkmokk                   X
                Maud Lundbäck (S), Kalix                      X
                Stefan Sydberg (M), Kiruna                    X
                Anders Lundkvist (S), Piteå                   X
                Rikard Granström (S), Älvsbyn                 X
                Roland Kempainen (S), Övertorneå              X
                Sara Lundberg (S), Arvidsjaur                       X
                Anders Sundqvist (S), Boden                         X

                § 1 Val av justerare
                Beslut
                Nämnden utser Anders Lundkvist (S) att justera protokollet.
                """);
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
        ImportedDocument d = read("budget.txt", """
                Investeringsbudget (tkr)

                Investering                       2026     2027     2028
                Räddningsfordon                  6 500    4 200    7 800
                Räddningsmateriel                1 100      900    1 000
                IT och larmsystem                  450      300      350
                Summa                            8 050    5 400    9 150
                """);
        assertThat(d.input().tables()).singleElement().satisfies(t -> assertThat(t.rows())
                .filteredOn(r -> "Räddningsmateriel".equals(r.label())).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly(new BigDecimal("1100"), new BigDecimal("900"), new BigDecimal("1000"))));
        assertThat(d.input().document().unreadable()).isEmpty();
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).doesNotContain("FIN-TABLE-SUMS");
    }

    @Test
    void theListsOwnLinesRepeatedBelowItHeadEachItemsSection() throws Exception {
        ImportedDocument d = read("kallelse.txt", """
                Norrbottens e-nämnd
                KALLELSE
                Tid: Onsdag 19 november 2025, kl. 09.00

                Ärenden
                1. Val av justerare
                2. Verksamhetsplan 2026
                3. Övriga frågor

                1. Val av justerare

                Förslag till beslut
                att utse en ledamot att jämte ordföranden justera protokollet.

                2. Verksamhetsplan 2026

                Förslag till beslut
                att fastställa verksamhetsplan 2026.

                3. Övriga frågor
                """);
        var items = d.input().agenda().items();
        assertThat(items).extracting(i -> i.number()).containsExactly(1, 2, 3);
        assertThat(items.get(0).proposals()).singleElement().satisfies(p -> assertThat(p.text()).contains("justera protokollet"));
        assertThat(items.get(1).proposals()).singleElement().satisfies(p -> assertThat(p.text()).contains("verksamhetsplan 2026"));
        assertThat(items.get(2).proposals()).isEmpty();
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).doesNotContain("DOC-NUMBERING");
    }

    @Test
    void aJusteringsLabelAloneOnItsLineTakesTheDateBelowIt() throws Exception {
        ImportedDocument d = read("protokoll.txt", """
                PROTOKOLL
                Gemensamma lönenämnden
                Sammanträdesdatum 2025-03-07

                Justerare
                Per Persson (M)

                Justeringens plats och tid
                Kommunhuset, 2025-03-14

                Datum då anslaget sätts upp: 2025-03-20
                Datum då anslaget tas ned: 2025-04-11

                § 1 Val av justerare
                Beslut
                Nämnden utser Per Persson att justera protokollet.
                """);
        assertThat(d.input().protocol().adjustedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        // posted six days after the justering; the last day was Monday 17 March (day 2 is a Sunday)
        assertThat(Seeds.engine().check(d.input()).findings()).extracting(f -> f.ruleId()).contains("KL-ANSLAG-TIMELY")
                .doesNotContain("DOC-BLANK-FIELD");
    }

    @Test
    void anItemAfterAGapInTheListIsAnItemWhenItsSectionsFollowIt() throws Exception {
        ImportedDocument d = read("kallelse.txt", """
                KALLELSE
                Gemensam nämnd för samverkan inom drift och service, utveckling samt specialistfunktioner
                Datum: tisdagen den 14 oktober 2025, kl. 09.00

                1.  Val av justerare

                2.  Fastställande av föredragningslista

                3.  Delårsrapport 2025

                Förslag till beslut
                1. Godkänner delårsrapport 2025.

                5.  Budget 2026

                Förslag till beslut
                1. Fastställer budget 2026.
                2. Bidraget om 310 000 kronor per part faktureras parterna i januari 2026.

                Expedieras till
                Region Jämtland Härjedalen
                """);
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
        ImportedDocument d = read("protokoll.txt", """
                Norrbottens e-nämnd
                PROTOKOLL
                Sammanträdesdatum 2025-03-03
                Justering: 2025-03-10
                Utdragsbestyrkande

                NÄRVARO- OCH OMRÖSTNINGSLISTA                Närvaro        Omröstning § 3
                                                              N     F        Ja    Nej
                Ledamöter
                Carina Sammeli (S), Luleå, ordförande         X              X
                Magnus Johansson (S), Gällivare                     X
                Henrik Blind (MP), Jokkmokk                   X                    X
                Maud Lundbäck (S), Kalix                                     X

                § 1 Val av justerare
                Beslut
                Nämnden utser Henrik Blind (MP) att justera protokollet.
                """);
        // a mark under "Ja" is a vote, not presence
        assertThat(d.input().protocol().attendance()).extracting(Attendance::person).containsExactly("Carina Sammeli", "Henrik Blind");
        // a footer's box for certifying extracts does not make the protocol an extract
        assertThat(d.input().protocol().extract()).isNull();
    }
}
