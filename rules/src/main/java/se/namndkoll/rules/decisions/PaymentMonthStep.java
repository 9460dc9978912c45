package se.namndkoll.rules.decisions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.rules.CheckUnit;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.PaymentPeriodChange;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.model.TermsVersion;

/**
 * Feeds each invoicing decision's month, the agreed payment months of the terms in force and the
 * months of a change of payment period in force on the decision date to
 * agreement-betalningsperiod.dmn, and inserts its verdict. The terms are those in force on the
 * evaluation date (the ones the rules see in {@code /terms}); among their changes of payment
 * period, the one in force on the decision's own date applies (the evaluation date when the
 * decision is undated), the latest-starting one when several overlap.
 */
final class PaymentMonthStep implements DecisionStep {

    @Override
    public void apply(CaseFacts facts, DecisionRunner dmn, CheckUnit unit) {
        if (facts.termsInForce().isEmpty()) {
            return;
        }
        TermsVersion terms = facts.termsInForce().get();
        for (ProposedDecision decision : facts.input().decisions()) {
            if (decision.kind() != DecisionKind.INVOICE_CONTRIBUTIONS) {
                continue;
            }
            LocalDate on = decision.date() != null ? decision.date() : facts.date();
            PaymentPeriodChange change = terms.paymentPeriodChanges().stream()
                    .filter(c -> c.appliesOn(on))
                    .max(Comparator.comparing(PaymentPeriodChange::validFrom))
                    .orElse(null);
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("decidedMonth", decision.month() == null ? null : BigDecimal.valueOf(decision.month()));
            inputs.put("agreedMonths", numbers(terms.contributionPaymentMonths()));
            inputs.put("changedMonths", change == null ? null : numbers(change.months()));
            Map<String, Object> result = dmn.evaluate(DmnModels.PAYMENT_MONTH, inputs);
            Object status = result.get("paymentMonthStatus");
            if (!(status instanceof String)) {
                throw new IllegalStateException("agreement-betalningsperiod.dmn gave no status: " + status);
            }
            unit.getPaymentMonthChecks().add(new PaymentMonthCheck(
                    decision,
                    (String) status,
                    decision.month() == null ? null : Month.of(decision.month()),
                    months(result.get("monthsInForce")),
                    change));
        }
    }

    private static List<BigDecimal> numbers(List<Integer> months) {
        return months == null ? null : months.stream().map(BigDecimal::valueOf).toList();
    }

    private static List<Month> months(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("agreement-betalningsperiod.dmn gave monthsInForce as " + value.getClass().getName());
        }
        return list.stream().map(v -> Month.of(((BigDecimal) v).intValueExact())).toList();
    }
}
