package se.namndkoll.rules.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.FinancialTable;
import se.namndkoll.rules.model.RowKind;
import se.namndkoll.rules.model.TableRow;

class TableSumsTest {

    @Test
    void recomputesTotalsAndTheResultOfTwoTotals() {
        FinancialTable t = new FinancialTable("Resultat", List.of("Belopp"), List.of(
                row("INTÄKTER", RowKind.HEADING),
                row("a", RowKind.DETAIL, "100"),
                row("b", RowKind.DETAIL, "50"),
                row("Summa intäkter", RowKind.TOTAL, "150"),
                row("KOSTNADER", RowKind.HEADING),
                row("c", RowKind.DETAIL, "40"),
                row("Summa kostnader", RowKind.TOTAL, "41"),
                row("Resultat", RowKind.RESULT, "110")));
        List<TableSumCheck> checks = TableSums.checks(t);
        assertThat(checks).hasSize(3);
        assertThat(checks.get(0)).extracting(TableSumCheck::row, TableSumCheck::kind).containsExactly(3, RowKind.TOTAL);
        assertThat(checks.get(0).computed()).isEqualByComparingTo("150");
        assertThat(checks.get(1).computed()).isEqualByComparingTo("40");
        assertThat(checks.get(1).difference()).isEqualByComparingTo("1");
        assertThat(checks.get(2).kind()).isEqualTo(RowKind.RESULT);
        assertThat(checks.get(2).computed()).isEqualByComparingTo("109");
        assertThat(checks.get(2).columnName()).isEqualTo("Belopp");
    }

    @Test
    void aColumnWithoutDetailValuesIsNotRecomputed() {
        FinancialTable t = new FinancialTable("Tjänster", List.of("Plattform", "E-arkiv"), List.of(
                row("Arjeplog", RowKind.DETAIL, "58200", null),
                row("Boden", RowKind.DETAIL, "102800", null),
                row("Summa", RowKind.TOTAL, "161000", "238000")));
        List<TableSumCheck> checks = TableSums.checks(t);
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).column()).isZero();
    }

    @Test
    void emptyCellsCountAsZeroWhenTheColumnHasValues() {
        FinancialTable t = new FinancialTable(null, List.of(), List.of(
                row("a", RowKind.DETAIL, "100"),
                row("b", RowKind.DETAIL),
                row("Summa", RowKind.TOTAL, "100")));
        List<TableSumCheck> checks = TableSums.checks(t);
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).computed()).isEqualByComparingTo("100");
        assertThat(checks.get(0).columnName()).isEqualTo("1");
    }

    @Test
    void aTotalWithoutAStatedFigureIsNotChecked() {
        FinancialTable t = new FinancialTable(null, List.of(), List.of(
                row("a", RowKind.DETAIL, "100", "5"),
                row("Summa", RowKind.TOTAL, null, "5")));
        assertThat(TableSums.checks(t)).extracting(TableSumCheck::column).containsExactly(1);
    }

    @Test
    void aResultNeedsExactlyTwoTotalsSinceTheStartOrThePreviousResult() {
        FinancialTable three = new FinancialTable(null, List.of(), List.of(
                row("a", RowKind.DETAIL, "1"), row("A", RowKind.TOTAL, "1"),
                row("b", RowKind.DETAIL, "2"), row("B", RowKind.TOTAL, "2"),
                row("c", RowKind.DETAIL, "3"), row("C", RowKind.TOTAL, "3"),
                row("R", RowKind.RESULT, "9")));
        assertThat(TableSums.checks(three)).noneMatch(c -> c.kind() == RowKind.RESULT);

        FinancialTable twoBlocks = new FinancialTable(null, List.of(), List.of(
                row("a", RowKind.DETAIL, "10"), row("A", RowKind.TOTAL, "10"),
                row("b", RowKind.DETAIL, "4"), row("B", RowKind.TOTAL, "4"),
                row("R1", RowKind.RESULT, "6"),
                row("c", RowKind.DETAIL, "7"), row("C", RowKind.TOTAL, "7"),
                row("d", RowKind.DETAIL, "2"), row("D", RowKind.TOTAL, "2"),
                row("R2", RowKind.RESULT, "5")));
        List<TableSumCheck> results = TableSums.checks(twoBlocks).stream().filter(c -> c.kind() == RowKind.RESULT).toList();
        assertThat(results).extracting(TableSumCheck::row).containsExactly(4, 9);
        assertThat(results.get(1).computed()).isEqualByComparingTo("5");
    }

    @Test
    void aTotalAfterAResultSumsOnlyTheRowsAfterIt() {
        FinancialTable t = new FinancialTable(null, List.of(), List.of(
                row("a", RowKind.DETAIL, "10"), row("A", RowKind.TOTAL, "10"),
                row("b", RowKind.DETAIL, "4"), row("B", RowKind.TOTAL, "4"),
                row("R", RowKind.RESULT, "6"),
                row("c", RowKind.DETAIL, "1"), row("C", RowKind.TOTAL, "1")));
        TableSumCheck last = TableSums.checks(t).get(3);
        assertThat(last.row()).isEqualTo(6);
        assertThat(last.computed()).isEqualByComparingTo("1");
    }

    private static TableRow row(String label, RowKind kind, String... values) {
        List<BigDecimal> v = Arrays.stream(values).map(s -> s == null ? null : new BigDecimal(s)).toList();
        return new TableRow(label, kind, v);
    }
}
