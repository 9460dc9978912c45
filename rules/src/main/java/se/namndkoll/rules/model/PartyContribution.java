package se.namndkoll.rules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What one party pays, in kronor.
 *
 * @param partyId the party
 * @param amount amount in kronor
 */
public record PartyContribution(
        @NotBlank @Size(max = Limits.ID) String partyId,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount) {
}
