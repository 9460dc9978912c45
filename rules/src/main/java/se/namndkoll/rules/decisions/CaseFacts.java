package se.namndkoll.rules.decisions;

import java.time.LocalDate;
import java.util.Optional;
import se.namndkoll.rules.engine.Locator;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.TermsVersion;

/**
 * The case as the decision steps see it: the input, the evaluation date, the terms in force on
 * that date, and where each fact sits.
 *
 * @param input the case
 * @param date the evaluation date
 * @param termsInForce the committee's terms in force on {@code date}, if known
 * @param locator pointers of the inserted facts
 */
public record CaseFacts(Case input, LocalDate date, Optional<TermsVersion> termsInForce, Locator locator) {
}
