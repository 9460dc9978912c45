package se.namndkoll.rules.economy;

import java.math.BigDecimal;
import java.util.List;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.LineType;

/**
 * A budget's total income and cost: the sums of its lines, or the stated totals when the budget
 * has no lines.
 *
 * @param income total income in kronor
 * @param cost total cost in kronor
 * @param fromLines whether the totals were summed from the lines (else they are the stated totals)
 */
public record BudgetTotals(BigDecimal income, BigDecimal cost, boolean fromLines) {

    /**
     * The totals of {@code budget} as a list of one, or an empty list when they are unknown (no
     * lines and a stated total missing), so a rule can match them with {@code from}.
     */
    public static List<BudgetTotals> of(Budget budget) {
        if (budget == null) {
            return List.of();
        }
        if (!budget.lines().isEmpty()) {
            return List.of(new BudgetTotals(
                    Amounts.lineSum(budget.lines(), LineType.INCOME), Amounts.lineSum(budget.lines(), LineType.COST), true));
        }
        if (budget.statedIncome() != null && budget.statedCost() != null) {
            return List.of(new BudgetTotals(budget.statedIncome(), budget.statedCost(), false));
        }
        return List.of();
    }

    /** Income minus cost: positive for a surplus. */
    public BigDecimal difference() {
        return income.subtract(cost);
    }
}
