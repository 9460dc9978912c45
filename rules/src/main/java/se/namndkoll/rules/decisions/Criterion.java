package se.namndkoll.rules.decisions;

import java.util.Map;

/**
 * One criterion as a DMN table answered it (item definition {@code tCriterion}).
 *
 * @param outcome met, not met or unknown
 * @param reason the table's code for the row that decided ("EXACTLY_80", "NOT_ALL_REPRESENTED")
 */
public record Criterion(CriterionOutcome outcome, String reason) {

    /** Reads a {@code tCriterion} result ({@code {outcome, reason}}) as the DMN runtime returns it. */
    static Criterion of(Object dmnResult) {
        if (!(dmnResult instanceof Map<?, ?> m) || !(m.get("outcome") instanceof String outcome)) {
            throw new IllegalStateException("Not a tCriterion result: " + dmnResult);
        }
        Object reason = m.get("reason");
        return new Criterion(CriterionOutcome.valueOf(outcome), reason == null ? null : reason.toString());
    }

    public boolean is(CriterionOutcome expected) {
        return outcome == expected;
    }
}
