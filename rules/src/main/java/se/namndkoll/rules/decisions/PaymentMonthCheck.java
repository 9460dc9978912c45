package se.namndkoll.rules.decisions;

import java.time.Month;
import java.util.List;
import se.namndkoll.rules.model.PaymentPeriodChange;
import se.namndkoll.rules.model.ProposedDecision;

/**
 * Whether an invoicing decision invoices the parties in a month the agreement, or a change of the
 * payment period in force on the decision date, allows (agreement-betalningsperiod.dmn).
 *
 * @param decision the INVOICE_CONTRIBUTIONS decision
 * @param status the model's verdict: {@code UNKNOWN} (no months in force are known), {@code AGREED},
 *     {@code MONTH_MISSING} (the decision names no month) or {@code OTHER_MONTH}
 * @param month the month the decision names, {@code null} when none
 * @param monthsInForce the months in force on the decision date, {@code null} when unknown
 * @param change the change of payment period in force on the decision date, {@code null} when none
 */
public record PaymentMonthCheck(ProposedDecision decision, String status, Month month, List<Month> monthsInForce,
        PaymentPeriodChange change) {
}
