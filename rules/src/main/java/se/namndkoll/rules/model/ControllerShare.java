package se.namndkoll.rules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A body that owns or controls the supplier.
 *
 * @param partyId id of the controlling body (a party id where it is one)
 * @param name name of the controlling body
 * @param share ownership share 0–1, optional
 */
public record ControllerShare(
        @NotBlank @Size(max = Limits.ID) String partyId,
        @Size(max = Limits.NAME) String name,
        @DecimalMin("0") @DecimalMax("1") BigDecimal share) {
}
