package se.namndkoll.rules.economy;

import java.math.BigDecimal;
import se.namndkoll.rules.model.RowKind;

/**
 * One stated figure of a financial table that can be recomputed: a cell of a TOTAL row (the sum
 * of the detail rows above it) or of a RESULT row (the first preceding total minus the second).
 *
 * @param row the row's index in the table
 * @param column the column's index
 * @param label the row's label
 * @param columnName the column heading, or its number (from 1) when the table names none
 * @param kind TOTAL or RESULT
 * @param stated the figure the table states
 * @param computed the figure recomputed from the rows it refers to
 * @param costsNegative for a RESULT: the table writes its costs with a minus sign and the result
 *     was recomputed as the first total plus the second
 */
public record TableSumCheck(int row, int column, String label, String columnName, RowKind kind, BigDecimal stated,
        BigDecimal computed, boolean costsNegative) {

    /** Stated minus computed. */
    public BigDecimal difference() {
        return stated.subtract(computed);
    }
}
