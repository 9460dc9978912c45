package se.namndkoll.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Camunda engine reads the same .dmn file and gives the same outcome and reason for every decision. */
class LouDmnParityTest {

    @Test
    void camundaAndOursAgreeOnEveryDecision() {
        LouDmn.Ours ours = new LouDmn.Ours();
        LouDmn.Camunda camunda = new LouDmn.Camunda();
        for (Map<String, Object> in : LouDmn.inputs()) {
            Map<String, Object> a = ours.evaluate(in);
            Map<String, Object> b = camunda.evaluate(in);
            assertThat(b).as("inputs %s", in).isEqualTo(a);
        }
    }
}
