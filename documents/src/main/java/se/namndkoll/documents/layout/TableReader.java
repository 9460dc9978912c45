package se.namndkoll.documents.layout;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.text.Headings;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.FinancialTable;
import se.namndkoll.rules.model.RowKind;
import se.namndkoll.rules.model.TableRow;
import se.namndkoll.rules.text.SwedishAmounts;

/**
 * Reads tables of figures with stated totals: rows whose cells are separated by tabs (as Word and
 * PDF tables come out) and rows whose amounts are written one after another with spaces as
 * thousand separators ("Grundbelopp och e-kontor 1 883 800 1 883 800 0"). A table counts as
 * financial when it has detail rows with amounts and at least one stated total (Summa) or result.
 * Figures that cannot be told apart, and totals over columns without figures, are reported.
 */
public final class TableReader {

    public record Table(FinancialTable table, int from, int to, List<Integer> rowLines) {
    }

    private static final Pattern TOTAL = Pattern.compile("(?iu)^(?:summa|totalt|total|totalsumma|sum|summering)\\b.*");
    private static final Pattern RESULT = Pattern.compile("(?iu)^(?:rörelseresultat|nettoresultat|årets resultat|resultat|över-/underskott|överskott|underskott|netto)\\b.*");
    private static final Pattern SPACED_ROW = Pattern.compile("^(\\D*?\\p{L}[^\\d]*?)\\s+([-−]?\\d{1,3}(?:[ ]\\d{3})*(?:,\\d+)?(?:\\s+[-−]?\\d{1,3}(?:[ ]\\d{3})*(?:,\\d+)?)*)$");

    private TableReader() {
    }

    /** The tables of figures in lines {@code from}..{@code to}, numbered from 0 in the order they stand. */
    public static List<Table> read(Layout w, int from, int to) {
        List<Table> out = new ArrayList<>();
        int end = Math.min(to + 1, w.size());
        int i = from;
        while (i < end) {
            if (!w.blank(i) && !w.furniture[i] && w.tabbed(i) && w.cells.get(i).size() >= 2) {
                int j = i;
                while (j + 1 < end && !w.blank(j + 1) && !w.furniture[j + 1] && w.tabbed(j + 1)) {
                    j++;
                }
                Table t = tabbed(w, i, j, out.size());
                if (t != null) {
                    out.add(t);
                }
                i = j + 1;
            } else if (!w.blank(i) && !w.furniture[i] && spacedRow(w.clean[i]) && !w.tabbed(i)) {
                int j = i;
                // a section heading in capitals directly above the first row belongs to the table
                if (i > from && !w.blank(i - 1) && !w.furniture[i - 1] && (headingOnly(w.clean[i - 1]) || sectionHeading(w.clean[i - 1]))
                        && (out.isEmpty() || out.get(out.size() - 1).to() < i - 1)) {
                    i--;
                }
                // a section heading between rows ("Kostnader") continues the table when a row follows it
                while (j + 1 < end && !w.blank(j + 1) && !w.furniture[j + 1] && !w.tabbed(j + 1)
                        && (spacedRow(w.clean[j + 1]) || headingOnly(w.clean[j + 1])
                                || sectionHeading(w.clean[j + 1]) && j + 2 < end && !w.tabbed(j + 2) && spacedRow(w.clean[j + 2]))) {
                    j++;
                }
                if (j - i >= 2) {
                    Table t = spaced(w, i, j, out.size());
                    if (t != null) {
                        out.add(t);
                    }
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A row "label amount amount …": short, ends with a digit (checked first: the pattern is costly on long lines). */
    private static boolean spacedRow(String c) {
        return c.length() <= 200 && !c.isEmpty() && Character.isDigit(c.charAt(c.length() - 1)) && SPACED_ROW.matcher(c).matches();
    }

    /** A short section heading of one to three words in ordinary case ("Intäkter", "Övriga kostnader"). */
    private static boolean sectionHeading(String c) {
        return c.length() <= 30 && c.matches("\\p{Lu}[\\p{L}]*(?: [\\p{L}]+){0,2}");
    }

    private static boolean headingOnly(String c) {
        return c.length() <= 30 && c.equals(c.toUpperCase(Texts.SWEDISH)) && c.matches("[\\p{L} ]+");
    }

    private static Table tabbed(Layout w, int from, int to, int index) {
        List<String> columns = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        int width = 0;
        for (int i = from; i <= to; i++) {
            width = Math.max(width, w.cells.get(i).size() - 1);
        }
        if (width < 1) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            List<String> cells = w.cells.get(i);
            String label = cells.get(0);
            List<String> rest = cells.subList(1, cells.size());
            boolean allNumeric = rest.stream().allMatch(SwedishAmounts::numericOrEmpty);
            boolean anyValue = rest.stream().anyMatch(c -> SwedishAmounts.cell(c) != null);
            if (!allNumeric) {
                boolean header = rows.isEmpty() || rows.stream().allMatch(r -> r.kind() == RowKind.HEADING);
                boolean repeatsLabel = rest.stream().allMatch(c -> c.isBlank() || c.equalsIgnoreCase(label));
                if (repeatsLabel) {
                    rows.add(new TableRow(label, RowKind.HEADING, List.of()));
                    rowLines.add(i);
                    continue;
                }
                if (header && label.isBlank() || header && rows.isEmpty()) {
                    mergeColumns(columns, rest);
                    continue;
                }
                return null; // text in figure cells: not a table of figures
            }
            if (!anyValue) {
                rows.add(new TableRow(label, RowKind.HEADING, List.of()));
                rowLines.add(i);
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                values.add(c < rest.size() ? SwedishAmounts.cell(rest.get(c)) : null);
            }
            rows.add(new TableRow(label, kind(label), values));
            rowLines.add(i);
        }
        return finish(w, from, to, index, columns, rows, rowLines);
    }

    /** A table whose amounts are separated by spaces only: the column count is the one most rows agree on. */
    private static Table spaced(Layout w, int from, int to, int index) {
        Map<Integer, Integer> counts = new HashMap<>();
        Set<Integer> gapCounts = new HashSet<>();
        for (int i = from; i <= to; i++) {
            Matcher m = SPACED_ROW.matcher(w.clean[i]);
            if (m.matches()) {
                counts.merge(greedyCount(m.group(2)), 1, Integer::sum);
                gapCounts.add(gapCount(w.columns(i)));
            }
        }
        // a layout whose wide gaps part every row into the same number of amounts settles the count;
        // else the count most rows agree on when the groups of digits are read greedily
        boolean byLayout = gapCounts.size() == 1 && gapCounts.iterator().next() > 0;
        int columns = byLayout ? gapCounts.iterator().next()
                : counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1);
        List<TableRow> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        boolean unread = false;
        for (int i = from; i <= to; i++) {
            Matcher m = SPACED_ROW.matcher(w.clean[i]);
            if (!m.matches()) {
                rows.add(new TableRow(w.clean[i], RowKind.HEADING, List.of()));
                rowLines.add(i);
                continue;
            }
            String label = m.group(1).trim();
            List<BigDecimal> values = byLayout ? byGaps(w.columns(i), columns) : SwedishAmounts.split(m.group(2), columns);
            if (values == null) {
                // the columns as the line spaces them: a gap of two spaces or more between the amounts ("1 100      900    1 000")
                values = byGaps(w.columns(i), columns);
            }
            if (values == null) {
                w.unreadable(i, i, "Tabellraden \"" + label + "\" har belopp som inte entydigt kan delas upp i " + columns
                        + " kolumner (mellanslag är både tusentalsavgränsare och kolumnavgränsare); raden har inte lästs in, och summan under den har inte kontrollerats.");
                unread = true;
                continue;
            }
            RowKind kind = kind(label);
            if (kind == RowKind.TOTAL && unread) {
                // a total over a row that could not be read cannot be recomputed: kept as a line of the table, not checked
                rows.add(new TableRow(label, RowKind.HEADING, List.of()));
                rowLines.add(i);
                unread = false;
                continue;
            }
            rows.add(new TableRow(label, kind, values));
            rowLines.add(i);
        }
        int header = byLayout ? header(w, from, columns) : -1;
        if (header >= 0) {
            List<String> parts = w.columns(header).stream().filter(c -> !c.isBlank()).map(Texts::clean).toList();
            return finish(w, header, to, index, parts.subList(parts.size() - columns, parts.size()), rows, rowLines);
        }
        return finish(w, from, to, index, List.of(), rows, rowLines);
    }

    /**
     * The line of column names directly above a table laid out in columns ("Verksamhet   Budget 2026
     * Utfall feb"): two parts or more, as many as the rows have amounts or one more for the label column; -1 when there is none.
     */
    private static int header(Layout w, int from, int columns) {
        int i = from - 1;
        while (i >= 0 && w.blank(i)) {
            i--;
        }
        if (i < 0 || !w.content(i)) {
            return -1;
        }
        long parts = w.columns(i).stream().filter(c -> !c.isBlank()).count();
        return parts >= 2 && (parts == columns || parts == columns + 1) ? i : -1;
    }

    /** The amounts of a row's columns as its wide gaps part them (a label and then {@code columns} amounts), or null. */
    private static List<BigDecimal> byGaps(List<String> cells, int columns) {
        List<String> parts = cells.stream().filter(c -> !c.isBlank()).toList();
        if (parts.size() != columns + 1) {
            return null;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            BigDecimal v = SwedishAmounts.cell(part);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return values;
    }

    /** How many amounts a row's wide gaps part it into after its label, or 0 when a part is no amount. */
    private static int gapCount(List<String> cells) {
        List<String> parts = cells.stream().filter(c -> !c.isBlank()).toList();
        if (parts.size() < 2 || parts.subList(1, parts.size()).stream().anyMatch(p -> SwedishAmounts.cell(p) == null)) {
            return 0;
        }
        return parts.size() - 1;
    }

    private static int greedyCount(String run) {
        String[] g = run.trim().split("\\s+");
        int n = 0;
        int i = 0;
        while (i < g.length) {
            n++;
            boolean small = g[i].matches("[-−]?\\d{1,3}");
            i++;
            while (small && i < g.length && g[i].matches("\\d{3}(,\\d+)?")) {
                i++;
            }
        }
        return n;
    }

    private static void mergeColumns(List<String> columns, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).trim();
            if (c < columns.size()) {
                if (!h.isEmpty()) {
                    columns.set(c, (columns.get(c) + " " + h).trim());
                }
            } else {
                columns.add(h);
            }
        }
    }

    private static RowKind kind(String label) {
        if (TOTAL.matcher(label).matches()) {
            return RowKind.TOTAL;
        }
        if (RESULT.matcher(label).matches()) {
            return RowKind.RESULT;
        }
        return RowKind.DETAIL;
    }

    private static Table finish(Layout w, int from, int to, int index, List<String> columns, List<TableRow> rows, List<Integer> rowLines) {
        long details = rows.stream().filter(r -> r.kind() == RowKind.DETAIL).count();
        boolean stated = rows.stream().anyMatch(r -> r.kind() == RowKind.TOTAL || r.kind() == RowKind.RESULT);
        if (details < 2 || !stated) {
            return null;
        }
        String title = title(w, from);
        String p = "/tables/" + index;
        w.span(p, from, to);
        for (int r = 0; r < rows.size(); r++) {
            w.span(p + "/rows/" + r, rowLines.get(r), rowLines.get(r));
        }
        // a stated total over a column none of whose rows has a figure cannot be checked: say so
        int width = rows.stream().mapToInt(r -> r.values().size()).max().orElse(0);
        for (int c = 0; c < width; c++) {
            final int col = c;
            boolean anyDetail = rows.stream().anyMatch(r -> r.kind() == RowKind.DETAIL && r.value(col) != null);
            rows.stream().filter(r -> r.kind() == RowKind.TOTAL && r.value(col) != null && r.value(col).signum() != 0).findFirst().ifPresent(total -> {
                if (!anyDetail) {
                    String name = col < columns.size() && !columns.get(col).isBlank() ? "\"" + columns.get(col) + "\"" : "nr " + (col + 1);
                    w.unreadable(from, to, "Kolumnen " + name + " i tabellen " + (title == null ? "" : "\"" + title + "\" ")
                            + "har en summa (" + swedish(total.value(col)) + ") men inga belopp på raderna; summan kan inte kontrolleras.");
                }
            });
        }
        return new Table(new FinancialTable(title, columns, rows), from, to, rowLines);
    }

    private static String swedish(BigDecimal amount) {
        NumberFormat nf = NumberFormat.getNumberInstance(Texts.SWEDISH);
        nf.setMaximumFractionDigits(2);
        return nf.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
    }

    /** The heading above a table: the nearest short line without a full stop, up to a section heading. */
    private static String title(Layout w, int from) {
        for (int i = from - 1; i >= Math.max(0, from - 16); i--) {
            if (!w.content(i) || w.tabbed(i) || Texts.startsWithBullet(w.raw.get(i).text())) {
                continue;
            }
            String c = w.clean[i];
            if (Headings.any(c)) {
                return null; // a section's heading ("Ärendebeskrivning") names the section, not the table
            }
            if (Texts.wordCount(c) <= 8 && !c.endsWith(".") && !c.matches("^[-−+\\d].*")) {
                return c;
            }
        }
        return null;
    }
}
