package se.namndkoll.documents.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.format.RawLine;
import se.namndkoll.documents.format.RawText;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;

/**
 * Cuts a line that runs a whole form together into the lines of the form. Text taken from a web
 * transcript of a PDF, or pasted from one, often comes as one long line per page: "1 RONNEBY KOMMUN
 * SAMMANTRÄDESPROTOKOLL 1 (29) Plats och tid Kallingesalen … Beslutande JanAnders Palmqvist, s,
 * ordförande … Utses att justera Astrid Adholm … Paragrafer: 1-15 … ANSLAG/BEVIS …". Such a line
 * is cut before every label of the vocabulary, before the words that open a section of a first page
 * or an anslag box, and before a paragraph's heading ("§ 12 Budget"), so that the readers see the
 * fields one a line, as in a document laid out on a page. The cut lines keep the number and page of
 * the line they come from, so that every finding still points at the line as sent.
 *
 * <p>A transcript also loses the sign of a paragraph's heading: a page goes on "2 SAMMANTRÄDESPROTOKOLL
 * 2 (6) 23 Dnr Driftbudgetramar …" where the PDF had "§ 23". A number standing right after a page's
 * header (its page number "2 (6)", "Sida 2(9)", a body's short name "AU", "KF") or before "Dnr" is
 * such a heading: the line is cut there and the cut line starts with the sign, as the page had it.
 *
 * <p>Only a long line that holds two labels or more is cut (a paragraph of prose is not a form), and
 * mid-line only at a label written with a capital letter and followed by what a field's value starts
 * with: a capital, a digit, a colon, dots or the end (a form's labels are; the same words in running
 * text are not: "… Köping ordförande …", "Ärenden som …").
 */
public final class Unfolding {

    /** A line shorter than this is taken as laid out. */
    static final int LONG = 160;

    /** A paragraph's heading in running text: "§ 12 Budget", "§ 3 Val av justerare". */
    private static final Pattern PARAGRAPH = Pattern.compile("(?<=\\s)§\\s?\\d{1,3}(?=\\s+[\\p{Lu}\\d])");

    /**
     * A paragraph's number whose sign a transcript lost: after a page's header ("SAMMANTRÄDESPROTOKOLL
     * 2 (6) 23 …", "Sida 2(9) 1 Dnr …", "2(20) 1 Godkännande …", "AU 1 Dnr …", "KF 170 …") and before
     * a title or "Dnr"; or before "Dnr" anywhere after a sentence's end.
     */
    private static final Pattern LOST_SIGN = Pattern.compile(
            "(?:(?:\\b\\d{1,3}\\s?\\(\\s?\\d{1,3}\\s?\\)|\\b(?:Sida|Sid|s\\.)\\s?\\d{1,3}(?:\\s?\\(\\d{1,3}\\))?"
                    + "|\\b(?:AU|Au|KF|Kf|KS|Ks|Kfm|Mn|SN|BUN|TN|MBN|KFN)\\b)\\s+)(\\d{1,3})(?=\\s+(?:Dnr\\b|\\p{Lu}))"
                    + "|(?<=[.!?:]\\s)(\\d{1,3})(?=\\s+Dnr\\b)");

    /** Where a line may be cut, longest first: the labels and the section words. */
    private static final List<String> CUTS = cuts();

    private Unfolding() {
    }

    private static List<String> cuts() {
        List<String> out = new ArrayList<>();
        Vocabulary.labels().forEach(l -> out.add(l.text()));
        out.addAll(Vocabulary.sectionWords());
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(out);
    }

    /** The text with every long line cut into the lines of its form; other lines as they are. */
    public static RawText unfold(RawText raw) {
        boolean any = false;
        List<RawLine> out = new ArrayList<>(raw.lines().size());
        for (RawLine line : raw.lines()) {
            if (line.text().length() < LONG) {
                out.add(line);
                continue;
            }
            List<String> parts = cut(line.text());
            if (parts.size() == 1) {
                parts = lostSigns(line.text());
            }
            if (parts.size() == 1) {
                parts = items(line.text());
            }
            any |= parts.size() > 1;
            for (String part : parts) {
                out.add(new RawLine(line.number(), line.page(), part));
            }
        }
        return any ? new RawText(raw.format(), raw.charset(), out, raw.unreadable()) : raw;
    }

    /** The parts of one long line, cut before each label, section word and paragraph heading; the line itself when it is no form. */
    static List<String> cut(String text) {
        TreeMap<Integer, Integer> cuts = new TreeMap<>(); // start -> end of the word cut before
        String folded = text.toLowerCase(Texts.SWEDISH);
        int labels = Vocabulary.label(firstWords(text)) != null ? 1 : 0;
        for (String word : CUTS) {
            String w = word.toLowerCase(Texts.SWEDISH);
            for (int at = folded.indexOf(w, 1); at > 0; at = folded.indexOf(w, at + 1)) {
                int end = at + w.length();
                if (!Character.isWhitespace(text.charAt(at - 1)) || !Character.isUpperCase(text.charAt(at)) || !valueFollows(text, end)
                        || inside(cuts, at) || afterComma(text, at)) {
                    continue;
                }
                cuts.put(at, end);
                labels += Vocabulary.label(word) != null ? 1 : 0;
            }
        }
        if (labels < 2) {
            return List.of(text);
        }
        TreeMap<Integer, Integer> signs = new TreeMap<>();
        Matcher lost = LOST_SIGN.matcher(text);
        while (lost.find()) {
            int at = lost.start(1) >= 0 ? lost.start(1) : lost.start(2);
            if (!inside(cuts, at)) {
                cuts.put(at, at);
                signs.put(at, at);
            }
        }
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) {
            if (!inside(cuts, m.start())) {
                cuts.put(m.start(), m.end());
            }
        }
        return parts(text, cuts, signs);
    }

    /** A long line without labels cut only where a paragraph's sign was lost (a transcript's later pages). */
    static List<String> lostSigns(String text) {
        TreeMap<Integer, Integer> cuts = new TreeMap<>();
        Matcher lost = LOST_SIGN.matcher(text);
        while (lost.find()) {
            int at = lost.start(1) >= 0 ? lost.start(1) : lost.start(2);
            cuts.put(at, at);
        }
        return cuts.isEmpty() ? List.of(text) : parts(text, cuts, cuts);
    }

    /** An item's number in running text: "… 3 Arbetsutskottets protokoll 4 Information …". */
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?:^|(?<=\\s))(\\d{1,3})[.)]?\\s+(?=\\p{Lu}|Dnr\\b)");

    /**
     * A long line that runs a numbered list together ("Ärenden 1 Val av justerare 2 Upprop 3
     * Meddelanden …"), cut before each number that continues the count: the longest run of three or
     * more numbers in order (a number may be skipped, which the numbering's check reports), else the
     * line as it is.
     */
    static List<String> items(String text) {
        List<int[]> candidates = new ArrayList<>(); // {position, number}
        Matcher m = ITEM_NUMBER.matcher(text);
        while (m.find()) {
            candidates.add(new int[] {m.start(1), Integer.parseInt(m.group(1))});
        }
        List<int[]> best = List.of();
        for (int k = 0; k < candidates.size(); k++) {
            List<int[]> chain = new ArrayList<>();
            chain.add(candidates.get(k));
            for (int j = k + 1; j < candidates.size(); j++) {
                int last = chain.get(chain.size() - 1)[1];
                int n = candidates.get(j)[1];
                if (n == last + 1 || n == last + 2 && chain.size() >= 2) {
                    chain.add(candidates.get(j));
                }
            }
            if (chain.size() > best.size()) {
                best = chain;
            }
        }
        if (best.size() < 3) {
            return List.of(text);
        }
        TreeMap<Integer, Integer> cuts = new TreeMap<>();
        for (int[] c : best) {
            // a § before the number goes with it ("… 284 § 222 Kulturpris …")
            int at = c[0];
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            int cut = at > 0 && text.charAt(at - 1) == '§' ? at - 1 : c[0];
            cuts.put(cut, cut);
        }
        return parts(text, cuts, new TreeMap<>());
    }

    /** The text cut before each position of {@code cuts}; a part cut at a position of {@code signs} starts with "§ ". */
    private static List<String> parts(String text, TreeMap<Integer, Integer> cuts, TreeMap<Integer, Integer> signs) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at : cuts.keySet()) {
            add(parts, text.substring(from, at), signs.containsKey(from));
            from = at;
        }
        add(parts, text.substring(from), signs.containsKey(from));
        return parts;
    }

    private static void add(List<String> parts, String part, boolean sign) {
        String p = part.strip();
        if (!p.isEmpty()) {
            parts.add(sign ? "§ " + p : p);
        }
    }

    /**
     * Where the first label of the vocabulary, written with a capital as a form writes it, stands in
     * {@code text} after its start, or -1: the end of a value written on one line with the next field.
     */
    public static int firstLabel(String text) {
        int first = -1;
        String folded = text.toLowerCase(Texts.SWEDISH);
        for (String word : CUTS) {
            String w = word.toLowerCase(Texts.SWEDISH);
            for (int at = folded.indexOf(w, 1); at > 0 && (first < 0 || at < first); at = folded.indexOf(w, at + 1)) {
                int end = at + w.length();
                if (Character.isWhitespace(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    first = at;
                    break;
                }
            }
        }
        return first;
    }

    /** Whether what follows a label at {@code end} can start its value: the end, a colon, dots, a digit, a capital or a bracket. */
    private static boolean valueFollows(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == ':' || c == '.' || c == '…' || c == '/') {
            return true;
        }
        if (!Character.isWhitespace(c)) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length()) {
            return true;
        }
        char v = text.charAt(next);
        return Character.isUpperCase(v) || Character.isDigit(v) || v == '(' || v == '.' || v == '…' || v == '§';
    }

    /** The label a line starts with, as far as it goes: the line's start up to the vocabulary's longest label. */
    private static String firstWords(String text) {
        for (String word : CUTS) {
            if (text.regionMatches(true, 0, word, 0, word.length())
                    && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())))) {
                return word;
            }
        }
        return "";
    }

    /** Whether the word at {@code at} follows a comma: a role in a list of persons ("Hillding, M, Ordförande"), not a label. */
    private static boolean afterComma(String text, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ',';
    }

    /** Whether {@code at} lies within a word already cut before (a shorter label inside a longer one). */
    private static boolean inside(TreeMap<Integer, Integer> cuts, int at) {
        var before = cuts.floorEntry(at);
        return before != null && at < before.getValue();
    }
}
