package se.namndkoll.rules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A result (surplus or deficit) of an earlier year and what became of it.
 *
 * @param year the year the result arose
 * @param amount the result in kronor: positive is a surplus, negative a deficit
 * @param restoredInYear the year a deficit was restored (reglerat), {@code null} while not restored
 * @param restorationPlanAdopted whether fullmäktige adopted an åtgärdsplan for a deficit, optional
 */
public record ResultCarryOver(
        @NotNull @Min(1900) @Max(2200) Integer year,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @Min(1900) @Max(2200) Integer restoredInYear,
        Boolean restorationPlanAdopted) {
}
