package se.namndkoll.rules.decisions;

import se.namndkoll.rules.CheckUnit;

/** Evaluates one DMN model on the case and inserts its outcome into the rule unit. */
public interface DecisionStep {

    void apply(CaseFacts facts, DecisionRunner dmn, CheckUnit unit);
}
