package se.namndkoll.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwedishAmountsTest {

    @Test
    void readsSwedishAmountsInCells() {
        assertThat(SwedishAmounts.cell("1 883 800")).isEqualByComparingTo("1883800");
        assertThat(SwedishAmounts.cell("-54 700")).isEqualByComparingTo("-54700");
        assertThat(SwedishAmounts.cell("−799 269")).isEqualByComparingTo("-799269");
        assertThat(SwedishAmounts.cell("56,5")).isEqualByComparingTo("56.5");
        assertThat(SwedishAmounts.cell("914\u00a0400 kr")).isEqualByComparingTo("914400");
        assertThat(SwedishAmounts.cell("0")).isEqualByComparingTo("0");
        assertThat(SwedishAmounts.cell("")).isNull();
        assertThat(SwedishAmounts.cell("Budget 2019")).isNull();
    }

    @Test
    void readsAmountsInRunningText() {
        assertThat(SwedishAmounts.inText("fastställs till 914 400 kr, som delas lika")).isEqualByComparingTo("914400");
        assertThat(SwedishAmounts.inText("Överskottet på 514 tkr balanserat")).isEqualByComparingTo("514000");
        assertThat(SwedishAmounts.inText("inget belopp här 2020")).isNull();
    }

    @Test
    void splitsAmountsSeparatedBySpacesOnlyWhenTheSplitIsUnique() {
        assertThat(SwedishAmounts.split("1 883 800 1 883 800 0", 3)).containsExactly(new BigDecimal("1883800"), new BigDecimal("1883800"), new BigDecimal("0"));
        assertThat(SwedishAmounts.split("71 600 39 400", 2)).containsExactly(new BigDecimal("71600"), new BigDecimal("39400"));
        // "1 200 800 513 120" could be 1 200 800 and 513 120, or 1 200 and 800 513 120 … : more than one split fits
        assertThat(SwedishAmounts.split("1 200 800 513 120", 2)).isNull();
        assertThat(SwedishAmounts.split("12 5", 3)).isNull();
        // "-54 700 433 500" is -54 700 and 433 500, or -54 and 700 433 500: ambiguous, not guessed
        assertThat(SwedishAmounts.split("-54 700 433 500", 2)).isNull();
        assertThat(SwedishAmounts.split("-54 700", 1)).isEqualTo(List.of(new BigDecimal("-54700")));
    }
}
