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
 */
public record Report(LocalDate evaluationDate, List<Finding> findings, List<String> rulesEvaluated, String ruleSetVersion) {

    public Report {
        findings = List.copyOf(findings);
        rulesEvaluated = List.copyOf(rulesEvaluated);
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
