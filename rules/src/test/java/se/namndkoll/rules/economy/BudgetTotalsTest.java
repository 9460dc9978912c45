package se.namndkoll.rules.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.BudgetKind;
import se.namndkoll.rules.model.BudgetLine;
import se.namndkoll.rules.model.LineType;

class BudgetTotalsTest {

    @Test
    void linesTakePrecedenceOverStatedTotals() {
        Budget budget = budget(List.of(
                new BudgetLine("Bidrag", LineType.INCOME, new BigDecimal("100")),
                new BudgetLine("Kostnad", LineType.COST, new BigDecimal("90"))), "999", "999");
        BudgetTotals totals = BudgetTotals.of(budget).get(0);
        assertThat(totals.income()).isEqualByComparingTo("100");
        assertThat(totals.cost()).isEqualByComparingTo("90");
        assertThat(totals.fromLines()).isTrue();
        assertThat(totals.difference()).isEqualByComparingTo("10");
    }

    @Test
    void withoutLinesTheStatedTotalsAreUsed() {
        BudgetTotals totals = BudgetTotals.of(budget(List.of(), "4908900", "4908900")).get(0);
        assertThat(totals.fromLines()).isFalse();
        assertThat(totals.difference()).isEqualByComparingTo("0");
    }

    @Test
    void unknownTotalsGiveNothing() {
        assertThat(BudgetTotals.of(budget(List.of(), "100", null))).isEmpty();
        assertThat(BudgetTotals.of(budget(List.of(), null, "100"))).isEmpty();
        assertThat(BudgetTotals.of(null)).isEmpty();
    }

    private static Budget budget(List<BudgetLine> lines, String income, String cost) {
        return new Budget(2021, BudgetKind.BUDGET, lines, income == null ? null : new BigDecimal(income),
                cost == null ? null : new BigDecimal(cost), null, null, null, null);
    }
}
