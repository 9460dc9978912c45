package se.namndkoll.rules.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row of a financial table.
 *
 * @param label the row label
 * @param kind detail, total, result or heading
 * @param values one value per column; {@code null} for an empty cell
 */
public record TableRow(
        @Size(max = Limits.SHORT_TEXT) String label,
        @NotNull RowKind kind,
        @Size(max = Limits.TABLE_COLUMNS) List<@Digits(integer = 15, fraction = 2) BigDecimal> values) {

    public TableRow {
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The value in column {@code column}, {@code null} when empty or absent. */
    public BigDecimal value(int column) {
        return column < values.size() ? values.get(column) : null;
    }
}
