package se.namndkoll.service.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the decision log: what was checked, when, by whom, against which rule set, and what
 * the engine answered. The input itself is not kept, only its SHA-256 digest.
 *
 * @param id the evaluation id, also returned to the caller in the report
 * @param recordedAt when the check ran
 * @param kind CHECK, DOCUMENT or COMPARE
 * @param label for COMPARE: "baseline" or the variant's name; otherwise {@code null}
 * @param caller API key id or "anonymous"
 * @param committeeId the committee checked against, {@code null} when none
 * @param committeeVersion the registry version of that committee, {@code null} when it was given inline
 * @param evaluationDate the date whose law and terms were applied
 * @param inputDigest SHA-256 (hex) of the input: the case as evaluated in canonical JSON, or a
 *     document's bytes
 * @param ruleSetVersion the rule set's version
 * @param verdict PASS, WARN or FAIL
 * @param findingCount number of findings
 * @param findingsJson the findings, as JSON (both languages)
 */
public record EvaluationRecord(
        UUID id,
        Instant recordedAt,
        String kind,
        String label,
        String caller,
        String committeeId,
        Long committeeVersion,
        LocalDate evaluationDate,
        String inputDigest,
        String ruleSetVersion,
        String verdict,
        int findingCount,
        String findingsJson) {
}
