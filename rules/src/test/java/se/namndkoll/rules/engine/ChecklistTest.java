package se.namndkoll.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.RegulationTopic;
import se.namndkoll.rules.report.Severity;

class ChecklistTest {

    @Test
    void theTableHoldsTheNineChecklistRulesWithTheIdsUsersKnow() {
        assertThat(Checklist.items()).extracting(i -> i.meta().ruleId()).containsExactlyInAnyOrder(
                "REGL-CHECKLIST-REPRESENTATION", "REGL-CHECKLIST-CHAIR", "REGL-CHECKLIST-BUDGET",
                "AGR-CHECKLIST-PARTIES", "AGR-CHECKLIST-HOST", "AGR-CHECKLIST-COST-ALLOCATION",
                "AGR-CHECKLIST-SURPLUS-DEFICIT", "AGR-CHECKLIST-AUDIT", "AGR-CHECKLIST-TERMINATION");
        ChecklistItem host = Checklist.items().stream().filter(i -> i.meta().ruleId().equals("AGR-CHECKLIST-HOST")).findFirst().orElseThrow();
        assertThat(host.document()).isEqualTo(GoverningDocumentKind.AGREEMENT);
        assertThat(host.topic()).isEqualTo(RegulationTopic.HOST);
        assertThat(host.meta().severity()).isEqualTo(Severity.WARNING);
        assertThat(host.meta().legalBasis()).containsExactly("KL 9 kap. 20 §");
        assertThat(host.meta().requires()).containsExactly("AGREEMENT");
        assertThat(host.meta().confirmed()).isTrue();
    }

    @Test
    void aBlockWithAnUnknownKeyOrWithoutItsTopicIsAnError() {
        assertThatThrownBy(() -> Checklist.parse(List.of("ruleId: X-1", "colour: red"))).hasMessageContaining("key: value");
        assertThatThrownBy(() -> Checklist.parse(List.of("# a comment", "ruleId: X-1", "name: X", "document: AGREEMENT")))
                .hasMessageContaining("name, document and topic");
        assertThatThrownBy(() -> Checklist.parse(List.of("ruleId: X-1", "ruleId: X-2"))).hasMessageContaining("twice");
    }
}
