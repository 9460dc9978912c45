package se.namndkoll.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.report.Severity;

/**
 * End to end over the five seed documents: what a careful secretary would write down (issue #5,
 * "Done when"). Each expectation names the rule and where its finding must (or must not) be.
 */
@Tag("seed-findings")
class SeedFindingsTest {

    static final String AGENDA = "000_98187ae94434c6d8.txt";
    static final String PROTOCOL_2020 = "002_521353b1cf404329.txt";
    static final String PROTOCOL_2022 = "003_539db65e0945b6ea.txt";

    /** One thing a careful secretary would (or would not) write down; {@code runs} says whether the rule must run. */
    record Expectation(String name, String file, String ruleId, boolean present, Predicate<Finding> where, boolean runs) {
        Expectation(String name, String file, String ruleId, boolean present, Predicate<Finding> where) {
            this(name, file, ruleId, present, where, true);
        }
    }

    static List<Expectation> expectations() {
        List<Expectation> e = new ArrayList<>();
        e.add(new Expectation("000 punkt 9: platshållaren \"xxx\" i förslaget \"Fakturering av parterna sker i xxx 2020\"", AGENDA,
                "DOC-PLACEHOLDER", true, f -> covers(f, 204) && f.severity() == Severity.ERROR));
        e.add(new Expectation("000 punkt 9: faktureringsmånaden saknas, överenskommelsen säger januari", AGENDA,
                "AGR-PAYMENT-JANUARY", true, f -> f.location().pointer().startsWith("/decisions/0") && f.severity() == Severity.ERROR));
        e.add(new Expectation("000 punkt 5: sändlistan till nämndens parter saknar Åre kommun", AGENDA,
                "DOC-DISTRIBUTION", true, f -> f.location().pointer().startsWith("/agenda/items/4") && f.message().contains("Åre kommun")));
        e.add(new Expectation("000 punkt 8: förslagets punkt 2 saknas (1, 3)", AGENDA,
                "DOC-NUMBERING", true, f -> f.location().pointer().startsWith("/agenda/items/7")));
        e.add(new Expectation("000 punkt 8 och 9: sändlistorna når alla parter", AGENDA,
                "DOC-DISTRIBUTION", false, f -> f.location().pointer().startsWith("/agenda/items/7")
                        || f.location().pointer().startsWith("/agenda/items/8")));
        e.add(new Expectation("002: anslaget 2020-04-14 sattes upp för sent för varje laglig justeringsdag", PROTOCOL_2020,
                "KL-ANSLAG-TIMELY", true, f -> f.severity() == Severity.ERROR && f.variant().equals("noLawfulAdjustmentDate")));
        e.add(new Expectation("002: anslaget togs ned på överklagandetidens sista dag", PROTOCOL_2020,
                "KL-ANSLAG-DURATION", true, f -> f.severity() == Severity.WARNING));
        e.add(new Expectation("003: protokollet hänvisar till en närvarolista som saknas", PROTOCOL_2022,
                "KL-ATTENDANCE-RECORD", true,
                f -> f.variant().equals("referencedButMissing") && f.location().pointer().equals("/protocol/attendance")));
        e.add(new Expectation("003: anslaget är rättidigt bara om justeringen skedde sista lagliga dagen", PROTOCOL_2022,
                "KL-ANSLAG-TIMELY", true, f -> f.severity() == Severity.INFO));
        e.add(new Expectation("002: nämnden är beslutför (11 av 14 tjänstgör)", PROTOCOL_2020, "KL-QUORUM", false, f -> true));
        e.add(new Expectation("003: utan närvarolista är beslutförheten okänd, inte ett fel", PROTOCOL_2022, "KL-QUORUM", false, f -> true,
                false));
        e.add(new Expectation("002: räkenskaperna summerar rätt, inga summeringsfel i tabellerna", PROTOCOL_2020,
                "FIN-TABLE-SUMS", false, f -> true));
        e.add(new Expectation("003 § 2: beslutet står i beslutsgången (\"finner att e-nämnden bifaller beslutet\")", PROTOCOL_2022,
                "DOC-MISSING-PROPOSAL", false, f -> f.location().pointer().startsWith("/protocol/paragraphs/1/")));
        e.add(new Expectation("003: §§ 1–7 läses en gång, inga dubbletter i numreringen", PROTOCOL_2022,
                "DOC-NUMBERING", false, f -> true));
        return e;
    }

    @TestFactory
    List<DynamicTest> whatACarefulSecretaryWouldWriteDown() {
        RuleEngine engine = Seeds.engine();
        List<DynamicTest> tests = new ArrayList<>();
        for (Expectation x : expectations()) {
            tests.add(DynamicTest.dynamicTest(x.name(), () -> {
                assertThat(engine.catalogue().find(x.ruleId())).as("rule %s in the catalogue", x.ruleId()).isPresent();
                Report report = engine.check(Seeds.imported(x.file()).input());
                if (x.runs()) {
                    assertThat(report.rulesEvaluated()).as("%s ran on %s", x.ruleId(), x.file()).contains(x.ruleId());
                } else {
                    assertThat(report.rulesEvaluated()).as("%s did not run on %s", x.ruleId(), x.file()).doesNotContain(x.ruleId());
                }
                List<Finding> matching = report.findings().stream().filter(f -> f.ruleId().equals(x.ruleId())).filter(x.where()).toList();
                if (x.present()) {
                    assertThat(matching).as("%s: a finding of %s in %s; all findings: %s", x.name(), x.ruleId(), x.file(), describe(report)).isNotEmpty();
                } else {
                    assertThat(matching).as("%s: no finding of %s in %s", x.name(), x.ruleId(), x.file()).isEmpty();
                }
            }));
        }
        return tests;
    }

    @Test
    void protocol2022IsReadOnceWithParagraphsOneToSeven() {
        var protocol = Seeds.imported(PROTOCOL_2022).input().protocol();
        assertThat(protocol.paragraphs()).extracting(ProtocolParagraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(protocol.attendance()).isNull();
        assertThat(protocol.attendanceReferenced()).isTrue();
    }

    @Test
    void protocol2020HasElevenServingOfFourteenSeats() {
        var c = Seeds.imported(PROTOCOL_2020).input();
        assertThat(c.protocol().attendance()).filteredOn(a -> a.serves()).hasSize(11);
        assertThat(c.committee().seats()).filteredOn(s -> s.role() == se.namndkoll.rules.model.SeatRole.LEDAMOT).hasSize(14);
        assertThat(c.protocol().noticePostedOn()).isEqualTo(java.time.LocalDate.of(2020, 4, 14));
        assertThat(c.protocol().adjustedOn()).isNull();
        assertThat(c.document().fields()).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo("Tid och plats för justering");
            assertThat(f.isBlank()).isTrue();
        });
    }

    @Test
    void agendaItemsCarryTheFactsTheDocumentRulesNeed() {
        var c = Seeds.imported(AGENDA).input();
        List<AgendaItem> items = c.agenda().items();
        assertThat(items).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(items.get(4).distribution()).hasSize(8).doesNotContain("Åre kommun").contains("Region Jämtland Härjedalen");
        assertThat(items.get(7).proposals()).extracting(p -> p.number()).containsExactly(1, 3);
        assertThat(c.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(se.namndkoll.rules.model.DecisionKind.INVOICE_CONTRIBUTIONS);
            assertThat(d.month()).isNull();
            assertThat(d.year()).isEqualTo(2020);
            assertThat(d.totalAmount()).isEqualByComparingTo("914400");
            assertThat(d.text()).contains("xxx");
        });
    }

    @Test
    void noSeedMakesTheEngineFail() {
        for (String file : Seeds.FILES) {
            Report report = Seeds.engine().check(Seeds.imported(file).input());
            System.out.println("[seed-findings] " + file + ": " + describe(report));
        }
    }

    static boolean covers(Finding f, int line) {
        Integer from = f.location().line();
        Integer to = f.location().lineEnd() == null ? from : f.location().lineEnd();
        return from != null && from <= line && line <= to;
    }

    static String describe(Report report) {
        return report.findings().stream().map(f -> f.ruleId() + "/" + f.variant() + "@" + f.location().pointer()
                + (f.location().line() == null ? "" : ":" + f.location().line())).toList().toString();
    }
}
