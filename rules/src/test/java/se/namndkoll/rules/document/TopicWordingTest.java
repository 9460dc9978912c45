package se.namndkoll.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.RegulationTopic;

class TopicWordingTest {

    @Test
    void everyTopicHasItsWordingFromTheRuleFile() {
        assertThat(TopicWording.patterns()).containsOnlyKeys(RegulationTopic.values());
        assertThat(TopicWording.patterns().get(RegulationTopic.HOST).matcher("Nämnden ingår i Bergs kommuns organisation").find()).isTrue();
        assertThat(TopicWording.patterns().get(RegulationTopic.PARTIES).matcher("§ 2 Parter").find()).isTrue();
        assertThat(TopicWording.patterns().get(RegulationTopic.TERMINATION).matcher("AVTALET UPPHÖR att gälla").find()).isTrue();
        assertThat(TopicWording.patterns().get(RegulationTopic.AUDIT).matcher("Budgeten fastställs").find()).isFalse();
    }

    @Test
    void aTopicWithoutWordingOrALineWithoutAnExpressionIsAnError() {
        assertThatThrownBy(() -> TopicWording.parse(List.of("# only a comment", "HOST värdkommun")))
                .hasMessageContaining("no wording for PARTIES");
        assertThatThrownBy(() -> TopicWording.parse(List.of("HOST"))).hasMessageContaining("TOPIC expression");
    }
}
