package se.namndkoll.rules.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.BudgetLine;
import se.namndkoll.rules.model.LineType;
import se.namndkoll.rules.model.PartyContribution;

class AmountsTest {

    private static final BigDecimal ORE = new BigDecimal("0.01");

    @Test
    void sumsTheLinesOfOneType() {
        List<BudgetLine> lines = List.of(
                new BudgetLine("Bidrag", LineType.INCOME, new BigDecimal("1883800")),
                new BudgetLine("Projekt", LineType.INCOME, new BigDecimal("1146100")),
                new BudgetLine("Personal", LineType.COST, new BigDecimal("1084531")));
        assertThat(Amounts.lineSum(lines, LineType.INCOME)).isEqualByComparingTo("3029900");
        assertThat(Amounts.lineSum(lines, LineType.COST)).isEqualByComparingTo("1084531");
        assertThat(Amounts.hasLines(lines, LineType.COST)).isTrue();
        assertThat(Amounts.lineSum(List.of(), LineType.COST)).isEqualByComparingTo("0");
        assertThat(Amounts.hasLines(List.of(), LineType.COST)).isFalse();
    }

    @Test
    void comparesTheSharesOfASplit() {
        List<PartyContribution> equal = List.of(share("a", "101600"), share("b", "101600.00"));
        List<PartyContribution> unequal = List.of(share("a", "101601"), share("b", "101599"));
        assertThat(Amounts.allEqual(equal)).isTrue();
        assertThat(Amounts.allEqual(unequal)).isFalse();
        assertThat(Amounts.allEqual(List.of())).isTrue();
        assertThat(Amounts.sum(unequal)).isEqualByComparingTo("203200");
        assertThat(Amounts.lowest(unequal)).isEqualByComparingTo("101599");
        assertThat(Amounts.highest(unequal)).isEqualByComparingTo("101601");
        assertThat(Amounts.lowest(List.of())).isNull();
    }

    @Test
    void dividesIntoEqualSharesInWholeUnits() {
        assertThat(Amounts.divisible(new BigDecimal("914400"), 9, ORE)).isTrue();
        assertThat(Amounts.divisible(new BigDecimal("914401"), 9, ORE)).isFalse();
        assertThat(Amounts.divisible(new BigDecimal("914400.09"), 9, ORE)).isTrue();
        assertThat(Amounts.divisible(new BigDecimal("914400.10"), 9, ORE)).isFalse();
        assertThat(Amounts.divisible(new BigDecimal("914400.09"), 9, BigDecimal.ONE)).isFalse();
        assertThat(Amounts.divisible(new BigDecimal("1023400"), 14, ORE)).isTrue();
        assertThat(Amounts.divisible(new BigDecimal("0.005"), 1, ORE)).isFalse();
        assertThatThrownBy(() -> Amounts.divisible(BigDecimal.TEN, 0, ORE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsAShareToTheUnit() {
        assertThat(Amounts.share(new BigDecimal("914401"), 9, ORE)).isEqualByComparingTo("101600.11");
        assertThat(Amounts.share(new BigDecimal("1023401"), 14, ORE)).isEqualByComparingTo("73100.07");
        assertThat(Amounts.share(new BigDecimal("1023400"), 14, BigDecimal.ONE)).isEqualByComparingTo("73100");
    }

    @Test
    void subtractsReadingNullAsZero() {
        assertThat(Amounts.minus(new BigDecimal("5184301"), new BigDecimal("4669870"))).isEqualByComparingTo("514431");
        assertThat(Amounts.minus(null, new BigDecimal("5"))).isEqualByComparingTo("-5");
        assertThat(Amounts.minus(new BigDecimal("5"), null)).isEqualByComparingTo("5");
    }

    static PartyContribution share(String party, String amount) {
        return new PartyContribution(party, new BigDecimal(amount));
    }
}
