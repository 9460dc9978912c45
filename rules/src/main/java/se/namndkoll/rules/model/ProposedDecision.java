package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision proposed before it is taken: what an integration sends before a meeting and what an
 * agenda's förslag till beslut becomes. Fields beyond {@code kind} apply to some kinds only.
 *
 * @param id caller's id, optional
 * @param kind what the decision does
 * @param decidedBy the body that is to take the decision; {@code null} means the committee
 * @param date the date of the decision (the meeting date)
 * @param text the decision text as proposed
 * @param agendaItem the agenda item number it belongs to, optional
 * @param month INVOICE_CONTRIBUTIONS: month (1–12) of invoicing/payment; {@code null} when not stated
 * @param year INVOICE_CONTRIBUTIONS, ADOPT_BUDGET, CARRY_OVER_RESULT: the year concerned
 * @param totalAmount INVOICE_CONTRIBUTIONS: the total to be shared, in kronor
 * @param split INVOICE_CONTRIBUTIONS: what each party pays
 * @param paymentMonths CHANGE_PAYMENT_PERIOD: the new payment months
 * @param procurement BUY_SERVICES/SELL_SERVICES: the relation
 * @param party ADMIT_PARTY/PARTY_LEAVES/APPOINT_MEMBER: the party concerned
 * @param person ELECT_*, APPOINT_MEMBER: the person
 * @param result CARRY_OVER_RESULT: the surplus (positive) or deficit (negative), in kronor
 * @param carryOver CARRY_OVER_RESULT: what is to be done with it
 * @param planYear ADOPT_MEETING_PLAN: the year planned
 * @param budget ADOPT_BUDGET: the budget
 */
public record ProposedDecision(
        @Size(max = Limits.ID) String id,
        @NotNull DecisionKind kind,
        ElectingBody decidedBy,
        LocalDate date,
        @Size(max = Limits.LONG_TEXT) String text,
        Integer agendaItem,
        @Min(1) @Max(12) Integer month,
        @Min(1900) @Max(2200) Integer year,
        @Digits(integer = 15, fraction = 2) BigDecimal totalAmount,
        @Size(max = Limits.PARTIES) List<@NotNull @Valid PartyContribution> split,
        @Size(max = 12) List<@NotNull @Min(1) @Max(12) Integer> paymentMonths,
        @Valid ProcurementRelation procurement,
        @Valid Party party,
        @Size(max = Limits.NAME) String person,
        @Digits(integer = 15, fraction = 2) BigDecimal result,
        CarryOverRule carryOver,
        @Min(1900) @Max(2200) Integer planYear,
        @Valid Budget budget) {

    public ProposedDecision {
        split = split == null ? null : List.copyOf(split);
        paymentMonths = paymentMonths == null ? null : List.copyOf(paymentMonths);
    }

    /** The body that takes the decision; the committee when not stated. */
    public ElectingBody decidingBody() {
        return decidedBy == null ? ElectingBody.COMMITTEE : decidedBy;
    }
}
