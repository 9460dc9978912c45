package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule parameters of the committee's reglemente and samverkansavtal/överenskommelse, as in
 * force between {@code validFrom} and {@code validTo} (inclusive). Every parameter may be
 * {@code null}: unknown, because no source states it.
 *
 * @param validFrom first day in force
 * @param validTo last day in force, {@code null} when still in force
 * @param source where these values were read (document title and date)
 * @param contributionPaymentMonths months (1–12) in which the basic contribution is paid
 * @param costAllocation cost-allocation key of the basic contribution
 * @param meetingPlanRequired whether the committee must adopt a yearly plan of its meetings
 * @param substituteFromSameParty whether an ersättare may only serve for a ledamot of the same party
 * @param remoteParticipationAllowed whether fullmäktige has allowed participation at a distance
 * @param committeeMayChangePaymentPeriods whether the committee itself may change payment periods
 * @param carryOver how a surplus or deficit is handled
 * @param paymentPeriodChanges committee decisions that changed payment periods
 * @param clauses where each parameter is written
 * @param noticeDaysBefore how many days before the meeting at the latest the kallelse must be sent
 *     ("Kallelsen ska … tillställas varje ledamot och ersättare senast sju dagar före sammanträdet")
 * @param noticeInWorkingDays whether {@code noticeDaysBefore} counts working days (vardagar,
 *     arbetsdagar) rather than calendar days
 * @param adjustmentDays how many days after the meeting at the latest the protocol must be justerat,
 *     when the reglemente sets its own period (KL's outer limit is 14 days)
 * @param adjustersRequired how many justerare besides the ordförande justera the protocol
 *     ("Protokollet justeras av ordföranden och en ledamot")
 * @param chairElectedBy who elects the ordförande and vice ordförande
 */
public record TermsVersion(
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = Limits.SHORT_TEXT) String source,
        @Size(max = 12) List<@NotNull @Min(1) @Max(12) Integer> contributionPaymentMonths,
        CostAllocation costAllocation,
        Boolean meetingPlanRequired,
        Boolean substituteFromSameParty,
        Boolean remoteParticipationAllowed,
        Boolean committeeMayChangePaymentPeriods,
        CarryOverRule carryOver,
        @Size(max = Limits.VERSIONS) List<@NotNull @Valid PaymentPeriodChange> paymentPeriodChanges,
        @Valid ClauseReferences clauses,
        @Min(0) @Max(366) Integer noticeDaysBefore,
        Boolean noticeInWorkingDays,
        @Min(0) @Max(366) Integer adjustmentDays,
        @Min(0) @Max(20) Integer adjustersRequired,
        ElectingBody chairElectedBy) {

    public TermsVersion {
        contributionPaymentMonths = contributionPaymentMonths == null ? null : List.copyOf(contributionPaymentMonths);
        paymentPeriodChanges = paymentPeriodChanges == null ? List.of() : List.copyOf(paymentPeriodChanges);
        clauses = clauses == null ? ClauseReferences.NONE : clauses;
    }

    /** Terms without the reglemente's periods for kallelse and justering and its election of the ordförande. */
    public TermsVersion(LocalDate validFrom, LocalDate validTo, String source, List<Integer> contributionPaymentMonths,
            CostAllocation costAllocation, Boolean meetingPlanRequired, Boolean substituteFromSameParty, Boolean remoteParticipationAllowed,
            Boolean committeeMayChangePaymentPeriods, CarryOverRule carryOver, List<PaymentPeriodChange> paymentPeriodChanges,
            ClauseReferences clauses) {
        this(validFrom, validTo, source, contributionPaymentMonths, costAllocation, meetingPlanRequired, substituteFromSameParty,
                remoteParticipationAllowed, committeeMayChangePaymentPeriods, carryOver, paymentPeriodChanges, clauses, null, null, null,
                null, null);
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
