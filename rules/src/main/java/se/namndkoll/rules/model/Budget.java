package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A budget or financial statement of the committee (or kommunalförbund).
 *
 * @param year the financial year
 * @param kind budget, outcome or forecast
 * @param lines income and cost lines
 * @param statedIncome the total income as stated in the document, optional
 * @param statedCost the total cost as stated, optional
 * @param basicContribution the basic contribution (grundbelopp/basfinansiering) to be shared, optional
 * @param contributions what each party pays of the basic contribution, optional
 * @param earlierResults results of earlier years carried over
 * @param exceptionalReasons whether fullmäktige invoked synnerliga skäl for an unbalanced budget
 */
public record Budget(
        @NotNull @Min(1900) @Max(2200) Integer year,
        @NotNull BudgetKind kind,
        @Size(max = Limits.TABLE_ROWS) List<@NotNull @Valid BudgetLine> lines,
        @Digits(integer = 15, fraction = 2) BigDecimal statedIncome,
        @Digits(integer = 15, fraction = 2) BigDecimal statedCost,
        @Digits(integer = 15, fraction = 2) BigDecimal basicContribution,
        @Size(max = Limits.PARTIES) List<@NotNull @Valid PartyContribution> contributions,
        @Size(max = Limits.LIST) List<@NotNull @Valid ResultCarryOver> earlierResults,
        Boolean exceptionalReasons) {

    public Budget {
        lines = lines == null ? List.of() : List.copyOf(lines);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        earlierResults = earlierResults == null ? List.of() : List.copyOf(earlierResults);
    }
}
