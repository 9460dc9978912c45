package se.namndkoll.rules.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The engine's answer to one case.
 *
 * @param evaluationDate the date whose law and terms were applied
 * @param findings what is wrong, most severe first
 * @param rulesEvaluated ids of every rule that ran on this case (a rule that holds is listed here
 *     and produces no finding)
 * @param ruleSetVersion version of the rule set ("0.1.0+3f2a…"), for the audit trail
 * @param rulesNotRun the rules that did not run for want of a committee fact (the committee itself,
 *     its seats, its terms), each with the facts it lacked as named in its {@code @requires}
 */
public record Report(LocalDate evaluationDate, List<Finding> findings, List<String> rulesEvaluated, String ruleSetVersion,
        List<RuleNotRun> rulesNotRun) {

    public Report {
        findings = List.copyOf(findings);
        rulesEvaluated = List.copyOf(rulesEvaluated);
        rulesNotRun = rulesNotRun == null ? List.of() : List.copyOf(rulesNotRun);
    }

    public Report(LocalDate evaluationDate, List<Finding> findings, List<String> rulesEvaluated, String ruleSetVersion) {
        this(evaluationDate, findings, rulesEvaluated, ruleSetVersion, List.of());
    }

    public Verdict verdict() {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return Verdict.FAIL;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return Verdict.WARN;
        }
        return Verdict.PASS;
    }
}
