package se.namndkoll.rules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One income or cost line, in kronor.
 *
 * @param label the line's label
 * @param type income or cost
 * @param amount amount in kronor (positive for both income and cost)
 */
public record BudgetLine(
        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,
        @NotNull LineType type,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount) {
}
