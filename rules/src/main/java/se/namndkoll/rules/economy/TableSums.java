package se.namndkoll.rules.economy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.FinancialTable;
import se.namndkoll.rules.model.RowKind;
import se.namndkoll.rules.model.TableRow;

/**
 * Recomputes the stated totals and results of a financial table.
 *
 * <ul>
 *   <li>A TOTAL row sums the DETAIL rows since the table start or the previous TOTAL or RESULT
 *       row; HEADING rows are skipped. A column is recomputed only when the TOTAL states a figure
 *       in it and at least one of those detail rows has a figure in it; empty cells then count as
 *       0. A column whose detail cells are all empty (a stated total with no breakdown) is not
 *       recomputed. A block with a count among its rows ("Antal parter 9" under "Bidrag per part
 *       300 000") is no sum of amounts and is not recomputed.</li>
 *   <li>A RESULT row is the first minus the second of the TOTAL rows since the table start or the
 *       previous RESULT row, when there are exactly two; a column is recomputed when the RESULT
 *       states a figure and at least one of the two totals has one (an empty cell counts as 0).
 *       When the second total and every figure of its rows are negative or zero (and the first
 *       total is not negative), the table may write its costs with a minus sign ("Summa kostnader
 *       −47 700"): then the result may also be the first plus the second. A stated result that is
 *       either is right (a column of deviations can have that shape too); one that is neither is
 *       reported against the sum.</li>
 * </ul>
 * Every recomputable cell is returned, equal or not; the rule compares.
 */
public final class TableSums {

    /** A row that counts something rather than stating an amount ("Antal parter", "Antal timmar"). */
    private static final Pattern COUNT = Pattern.compile("(?iu)\\s*antal\\b");

    private TableSums() {
    }

    public static List<TableSumCheck> checks(FinancialTable table) {
        List<TableSumCheck> checks = new ArrayList<>();
        List<TableRow> rows = table.rows();
        int width = table.columns().size();
        for (TableRow row : rows) {
            width = Math.max(width, row.values().size());
        }
        List<Integer> details = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        List<List<Integer>> totalDetails = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            switch (row.kind()) {
                case DETAIL -> details.add(i);
                case HEADING -> {
                }
                case TOTAL -> {
                    boolean counts = details.stream().anyMatch(d -> COUNT.matcher(String.valueOf(rows.get(d).label())).lookingAt());
                    for (int c = 0; c < width && !counts; c++) {
                        BigDecimal stated = row.value(c);
                        if (stated == null) {
                            continue;
                        }
                        BigDecimal sum = BigDecimal.ZERO;
                        boolean any = false;
                        for (int d : details) {
                            BigDecimal v = rows.get(d).value(c);
                            if (v != null) {
                                sum = sum.add(v);
                                any = true;
                            }
                        }
                        if (any) {
                            checks.add(new TableSumCheck(i, c, row.label(), columnName(table, c), RowKind.TOTAL, stated, sum, false));
                        }
                    }
                    totalDetails.add(new ArrayList<>(details));
                    details.clear();
                    totals.add(i);
                }
                case RESULT -> {
                    if (totals.size() == 2) {
                        TableRow first = rows.get(totals.get(0));
                        TableRow second = rows.get(totals.get(1));
                        for (int c = 0; c < width; c++) {
                            BigDecimal stated = row.value(c);
                            if (stated == null || (first.value(c) == null && second.value(c) == null)) {
                                continue;
                            }
                            BigDecimal a = first.value(c) == null ? BigDecimal.ZERO : first.value(c);
                            BigDecimal b = second.value(c) == null ? BigDecimal.ZERO : second.value(c);
                            BigDecimal minus = a.subtract(b);
                            boolean signed = b.signum() < 0 && a.signum() >= 0 && noneAboveZero(rows, totalDetails.get(1), c);
                            boolean plus = signed && stated.compareTo(minus) != 0;
                            checks.add(new TableSumCheck(i, c, row.label(), columnName(table, c), RowKind.RESULT, stated,
                                    plus ? a.add(b) : minus, plus));
                        }
                    }
                    details.clear();
                    totals.clear();
                    totalDetails.clear();
                }
            }
        }
        return checks;
    }

    /** Whether no detail row of {@code details} has a figure above zero in column {@code c}. */
    private static boolean noneAboveZero(List<TableRow> rows, List<Integer> details, int c) {
        for (int d : details) {
            BigDecimal v = rows.get(d).value(c);
            if (v != null && v.signum() > 0) {
                return false;
            }
        }
        return true;
    }

    private static String columnName(FinancialTable table, int column) {
        if (column < table.columns().size() && !table.columns().get(column).isBlank()) {
            return table.columns().get(column);
        }
        return String.valueOf(column + 1);
    }
}
