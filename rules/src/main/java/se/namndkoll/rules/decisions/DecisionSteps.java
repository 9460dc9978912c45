package se.namndkoll.rules.decisions;

import java.util.List;

/** Every decision step, in the order they run. */
public final class DecisionSteps {

    private DecisionSteps() {
    }

    public static List<DecisionStep> all() {
        return List.of(
                new QuorumStep(),
                new LouExemptionStep(),
                new ProtocolDeadlinesStep(),
                new PaymentMonthStep());
    }
}
