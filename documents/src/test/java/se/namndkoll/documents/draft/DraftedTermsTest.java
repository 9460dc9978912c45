package se.namndkoll.documents.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;

/** A committee drafted from its reglemente, used to check its own kallelse: the reglemente's terms at work. */
class DraftedTermsTest {

    @Test
    void aKallelseSentLaterThanTheDraftedReglementeAllowsIsFound() throws Exception {
        Committee drafted = new CommitteeDrafter().draft(List.of(CommitteeDrafterTest.source("reglemente-lonenamnd.txt"))).committee();
        ImportedDocument kallelse = new StandardDocumentImporter().read("kallelse.txt",
                CommitteeDrafterTest.text("kallelse-lonenamnd.txt").getBytes(StandardCharsets.UTF_8), new ImportOptions(drafted, List.of(), null));
        assertThat(kallelse.input().agenda().sentOn()).isEqualTo(LocalDate.of(2024, 5, 9));

        Report report = RuleEngine.create().check(kallelse.input());
        Finding late = report.findings().stream().filter(f -> f.ruleId().equals("REGL-NOTICE-DEADLINE")).findFirst().orElseThrow();
        assertThat(late.facts()).containsEntry("lastDay", LocalDate.of(2024, 5, 7)).containsEntry("days", 7);
        assertThat(late.legalBasis()).containsExactly("Reglemente § 6");
        assertThat(late.location().line()).isEqualTo(7);
    }
}
