package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A table of figures with stated totals, as in a verksamhetssummering or a budget attachment.
 *
 * @param title the table's heading
 * @param columns column headings (excluding the label column)
 * @param rows rows in order
 */
public record FinancialTable(
        @Size(max = Limits.SHORT_TEXT) String title,
        @Size(max = Limits.TABLE_COLUMNS) List<@NotNull @Size(max = Limits.NAME) String> columns,
        @Size(max = Limits.TABLE_ROWS) List<@NotNull @Valid TableRow> rows) {

    public FinancialTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
