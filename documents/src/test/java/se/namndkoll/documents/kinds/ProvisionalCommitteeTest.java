package se.namndkoll.documents.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.FactsSource;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;

/** A document's statements about its own body, when the body is not registered. */
class ProvisionalCommitteeTest {

    @Test
    void aProtocolThatStatesItsSeatsAndNamesItsPartiesIsCheckedOnThemAndSaysSo() throws Exception {
        ImportedDocument d = read("protokoll-gemensam-namnd-utan-register.txt");

        assertThat(d.input().committeeFrom()).isEqualTo(FactsSource.DOCUMENT);
        assertThat(d.committeeId()).as("no registered committee").isNull();
        assertThat(d.body().registered()).isFalse();
        assertThat(d.input().committee().form()).isEqualTo(CooperationForm.GEMENSAM_NAMND);
        assertThat(d.input().committee().seats()).hasSize(8);
        assertThat(d.input().committee().parties()).extracting(Party::name)
                .containsExactlyInAnyOrder("Härnösands kommun", "Kramfors kommun", "Sollefteå kommun");
        assertThat(d.input().document().sourceMap()).anySatisfy(s -> {
            assertThat(s.pointer()).isEqualTo("/committee/seats");
            assertThat(s.line()).isEqualTo(13);
        });

        Report report = RuleEngine.create().check(d.input());
        Finding quorum = report.findings().stream().filter(f -> f.ruleId().equals("KL-QUORUM")).findFirst().orElseThrow();
        assertThat(quorum.factsFrom()).isEqualTo(FactsSource.DOCUMENT);
        assertThat(quorum.facts()).containsEntry("seats", 8).containsEntry("required", 5);
        assertThat(quorum.message()).contains("Uppgifterna om nämnden kommer från dokumentet självt");
        // no host and no terms: the rules that need them did not run and say what they lacked
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("KL-JOINT-PARTIES"));
        assertThat(report.rulesNotRun()).anySatisfy(r -> assertThat(r.missing()).containsExactly("TERMS"));
    }

    @Test
    void aRegisteredCommitteeAlwaysWinsOverWhatTheDocumentSays() throws Exception {
        var registered = ReferenceCommittees.find("e-namnden-norrbotten").orElseThrow();
        ImportedDocument d = new StandardDocumentImporter().read("p.txt", bytes("protokoll-gemensam-namnd-utan-register.txt"),
                new ImportOptions(registered, List.of(), null));
        assertThat(d.input().committeeFrom()).isNull();
        assertThat(d.input().committee()).isEqualTo(registered);
    }

    @Test
    void aBodysNameAloneMakesNoCommittee() throws Exception {
        String text = "SOCIALNÄMNDEN\nSAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum 2024-05-14\nBeslutande Anna Ek (S)\n\n§ 1 Upprop\n";
        ImportedDocument d = new StandardDocumentImporter().read("p.txt", text.getBytes(StandardCharsets.UTF_8), new ImportOptions(null, List.of(), null));
        assertThat(d.input().committee()).isNull();
        assertThat(d.input().committeeFrom()).isNull();
    }

    private static ImportedDocument read(String name) throws Exception {
        return new StandardDocumentImporter().read(name, bytes(name), new ImportOptions(null, ReferenceCommittees.all(), null));
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ProvisionalCommitteeTest.class.getResourceAsStream("/drafts/" + name)) {
            return in.readAllBytes();
        }
    }
}
