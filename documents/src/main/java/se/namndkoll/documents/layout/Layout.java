package se.namndkoll.documents.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.namndkoll.documents.format.RawLine;
import se.namndkoll.documents.format.RawText;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.DateMention;
import se.namndkoll.rules.model.LabelledField;
import se.namndkoll.rules.model.SourceSpan;
import se.namndkoll.rules.model.TextZone;
import se.namndkoll.rules.model.UnreadableSection;

/**
 * The document being read: its lines (by index, 0-based) with what has been learnt about each,
 * and what has been extracted so far. Indexes are internal; everything the case exposes uses the
 * original line numbers.
 */
public final class Layout {

    final String name;
    public final List<RawLine> raw;
    public final String[] clean;
    final List<List<String>> cells;
    public final TextZone[] zone;
    public final Integer[] duplicateOf;
    public final boolean[] furniture;
    public final List<UnreadableSection> unreadable = new ArrayList<>();
    public final List<LabelledField> fields = new ArrayList<>();
    public final List<DateMention> dates = new ArrayList<>();
    private final Map<String, SourceSpan> spans = new LinkedHashMap<>();

    public Layout(String name, RawText text) {
        this.name = name;
        this.raw = text.lines();
        int n = raw.size();
        clean = new String[n];
        cells = new ArrayList<>(n);
        zone = new TextZone[n];
        duplicateOf = new Integer[n];
        furniture = new boolean[n];
        for (int i = 0; i < n; i++) {
            String r = raw.get(i).text();
            List<String> lineCells = Texts.cells(r);
            cells.add(lineCells);
            clean[i] = Texts.clean(lineCells);
            zone[i] = TextZone.BODY;
        }
        unreadable.addAll(text.unreadable());
    }

    public int size() {
        return raw.size();
    }

    public int number(int index) {
        return raw.get(index).number();
    }

    public boolean blank(int index) {
        return clean[index].isEmpty();
    }

    /** Whether the line is content: not blank, not furniture, not a repeat. */
    /**
     * The columns of line {@code index}: its tab-separated cells, or, in a line without tabs, its
     * parts a gap of two spaces or more apart (a table aligned with spaces).
     */
    public List<String> columns(int index) {
        List<String> tabbed = cells.get(index);
        if (tabbed.stream().filter(c -> !c.isBlank()).count() > 1) {
            return tabbed;
        }
        String text = Texts.normaliseSpaces(raw.get(index).text()).strip();
        List<String> out = new ArrayList<>();
        for (String part : COLUMN_GAP.split(text)) {
            out.add(Texts.clean(part));
        }
        return out.size() > 1 ? out : tabbed;
    }

    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{2,}");

    public boolean content(int index) {
        return !blank(index) && !furniture[index] && duplicateOf[index] == null;
    }

    /** The next content line at or after {@code from}, or -1. */
    public int nextContent(int from) {
        for (int i = Math.max(from, 0); i < size(); i++) {
            if (content(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The previous content line at or before {@code from}, or -1. */
    public int previousContent(int from) {
        for (int i = Math.min(from, size() - 1); i >= 0; i--) {
            if (content(i)) {
                return i;
            }
        }
        return -1;
    }

    public boolean tabbed(int index) {
        return raw.get(index).text().indexOf('\t') >= 0;
    }

    /** Records that the fact at {@code pointer} was read from lines {@code from}..{@code to} (indexes). */
    public void span(String pointer, int from, int to) {
        if (from < 0 || from >= size()) {
            return;
        }
        int last = Math.max(from, Math.min(to, size() - 1));
        // trim trailing blank lines so the span ends on text
        while (last > from && blank(last)) {
            last--;
        }
        int first = number(from);
        int end = number(last);
        spans.putIfAbsent(pointer, new SourceSpan(pointer, first, end == first ? null : end));
    }

    public void unreadable(int from, int to, String reason) {
        int first = number(from);
        int end = number(Math.max(from, Math.min(to, size() - 1)));
        unreadable.add(new UnreadableSection(first, end == first ? null : end, reason));
    }

    /** Where each fact was read, in the order of the document (then of the facts' pointers), whatever order the readers ran in. */
    public List<SourceSpan> sourceMap() {
        List<SourceSpan> out = new ArrayList<>(spans.values());
        out.sort(java.util.Comparator.comparingInt(SourceSpan::line).thenComparing(SourceSpan::pointer));
        return out;
    }

    /** The joined clean text of lines {@code from}..{@code to} that are content. */
    public String text(int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int i = Math.max(0, from); i <= to && i < size(); i++) {
            if (content(i)) {
                parts.add(clean[i]);
            }
        }
        return Texts.join(parts);
    }
}
