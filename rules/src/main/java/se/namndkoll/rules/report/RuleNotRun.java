package se.namndkoll.rules.report;

import java.util.List;

/**
 * A rule that did not run on a case, and what the case lacked for it.
 *
 * @param ruleId the rule's id
 * @param missing the facts it lacked, as its {@code @requires} names them: COMMITTEE (no committee
 *     known), SEATS (the committee's seats are not known), TERMS (no terms of reglemente and agreement
 *     in force on the evaluation date)
 */
public record RuleNotRun(String ruleId, List<String> missing) {

    public RuleNotRun {
        missing = List.copyOf(missing);
    }
}
