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
 * @param rulesNotRun the rules that judge what the case holds but could not run for want of what
 *     the committee supplies (no committee, its seats, its terms in force), each with what it lacked
 * @param ruleSetVersion version of the rule set ("0.1.0+3f2a…"), for the audit trail
 */
public record Report(LocalDate evaluationDate, List<Finding> findings, List<String> rulesEvaluated, List<RuleNotRun> rulesNotRun,
        String ruleSetVersion) {

    public Report {
        findings = List.copyOf(findings);
        rulesEvaluated = List.copyOf(rulesEvaluated);
        rulesNotRun = List.copyOf(rulesNotRun);
    }

    /**
     * The report at a glance: an error is an error whatever did not run; without one, a report on
     * which the committee's rules could not run is {@link Verdict#INCOMPLETE}, never a pass.
     */
    public Verdict verdict() {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return Verdict.FAIL;
        }
        if (!rulesNotRun.isEmpty()) {
            return Verdict.INCOMPLETE;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return Verdict.WARN;
        }
        return Verdict.PASS;
    }
}
