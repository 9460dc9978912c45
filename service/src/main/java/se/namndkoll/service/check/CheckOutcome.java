package se.namndkoll.service.check;

import java.util.UUID;
import se.namndkoll.rules.report.Report;

/**
 * A checked case.
 *
 * @param evaluationId the id of its decision-log entry
 * @param committeeId the committee it was checked against, {@code null} when none
 * @param report the engine's report
 */
public record CheckOutcome(UUID evaluationId, String committeeId, Report report) {
}
