package se.namndkoll.documents.kinds;

import java.util.List;
import se.namndkoll.documents.layout.TableReader;

/**
 * The reader of financial tables (budgets, bokslut, fee tables): the tables of figures in its lines,
 * as the layout lays them out (tabs, cells, columns aligned with spaces), with their sums to check.
 */
public final class FinancialTableReader {

    /** The tables of figures in the lines given. */
    public static final KindReader<List<TableReader.Table>> READER = (w, from, to, context) -> TableReader.read(w, from, to);

    private FinancialTableReader() {
    }
}
