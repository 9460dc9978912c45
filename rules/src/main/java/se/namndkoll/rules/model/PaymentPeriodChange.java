package se.namndkoll.rules.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A committee decision that changed the payment period of the basic contribution
 * ("Nämnden har själv att besluta om förändringar av betalningsperioder").
 *
 * @param decidedOn date of the decision
 * @param reference protocol reference ("2020-02-14 § 5"), optional
 * @param months the months (1–12) in which payment is due from then on
 * @param validFrom first day the change applies
 * @param validTo last day the change applies, {@code null} when open-ended
 */
public record PaymentPeriodChange(
        @NotNull LocalDate decidedOn,
        @Size(max = Limits.NAME) String reference,
        @NotEmpty @Size(max = 12) List<@NotNull @Min(1) @Max(12) Integer> months,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {

    public PaymentPeriodChange {
        months = months == null ? null : List.copyOf(months);
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
