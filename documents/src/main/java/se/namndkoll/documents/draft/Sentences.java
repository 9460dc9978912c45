package se.namndkoll.documents.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.TextLine;
import se.namndkoll.rules.model.TextZone;

/**
 * A governing text's sentences with the lines they stand on. Lines run together into paragraphs (a
 * sentence wraps over the lines of a PDF or Word page; a transcript runs a page into one line), a
 * short line without a full stop is a heading of its own, a list under a line ending in a colon is
 * read as part of it ("Kommunerna som ingår är:" and its items), and paragraphs are cut into
 * sentences at a full stop before a capital letter, but not after an abbreviation ("9 kap. 19 §",
 * "fr.o.m.", "bl.a.").
 */
final class Sentences {

    /**
     * One sentence, the first and last line (numbers, from 1) it stands on, and the line of each of
     * its characters.
     */
    record Sentence(String text, int line, int lineEnd, int[] lineAt) {

        /** The line the character at {@code offset} stands on. */
        int lineOf(int offset) {
            return lineAt.length == 0 ? line : lineAt[Math.max(0, Math.min(offset, lineAt.length - 1))];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sentence other && text.equals(other.text) && line == other.line && lineEnd == other.lineEnd;
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, line, lineEnd);
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("kap", "fr", "o", "m", "t", "ex", "bl", "a", "s", "st", "p", "resp", "jfr", "ca",
            "dvs", "inkl", "nr", "mom", "f", "ff", "prop", "sfs", "tf", "ordf", "bil", "kl", "jan", "feb", "aug", "sept", "okt", "nov", "dec",
            "ang", "enl", "mm", "pga", "etc", "kr", "tkr", "mnkr", "mkr", "forts", "tel", "tfn", "fig");
    /** A full stop before a capital, a § or a numbered heading ("… Haninge kommun. 2 Medlemmar …"). */
    private static final Pattern END = Pattern.compile("[.!?](?=\\s+(?:[\\p{Lu}§\"”(]|\\d{1,2}(?:\\.\\d+)*\\.?\\s+\\p{Lu}))");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦*–-]|\\d{1,2}[.)])\\s+");

    private Sentences() {
    }

    static List<Sentence> of(List<TextLine> lines) {
        List<Sentence> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        boolean absorbing = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text() == null ? "" : Texts.normaliseSpaces(line.text()).trim();
            if (line.zone() == TextZone.FURNITURE || line.duplicateOf() != null) {
                continue; // a page's header or footer, or a repeat, stands between the lines of a sentence
            }
            if (text.isEmpty()) {
                if (!absorbing) {
                    // a blank line ends a paragraph, except between a colon's items
                    flush(parts, numbers, out);
                }
                continue;
            }
            boolean bullet = BULLET.matcher(text).find();
            if (absorbing && bullet && Texts.wordCount(BULLET.matcher(text).replaceFirst("")) <= 4) {
                parts.add((parts.isEmpty() ? "" : ", ") + BULLET.matcher(text).replaceFirst("").replaceAll("[.,;]+$", ""));
                numbers.add(line.number());
                continue;
            }
            if (absorbing || bullet) {
                flush(parts, numbers, out);
                absorbing = false;
            }
            parts.add(text);
            numbers.add(line.number());
            if (text.endsWith(":") && Texts.wordCount(text) <= 20) {
                absorbing = true;
                continue;
            }
            // a short line without a full stop, followed by a capital, is a heading: it stands alone
            TextLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            String nextText = next == null || next.text() == null ? "" : next.text().trim();
            if (!text.matches(".*[.,;:–-]$") && Texts.wordCount(text) <= 6 && !nextText.isEmpty()
                    && (Character.isUpperCase(nextText.charAt(0)) || nextText.startsWith("§") || Character.isDigit(nextText.charAt(0)))) {
                flush(parts, numbers, out);
            }
        }
        flush(parts, numbers, out);
        return out;
    }

    /** Cuts the paragraph collected so far into sentences. */
    private static void flush(List<String> parts, List<Integer> numbers, List<Sentence> out) {
        if (parts.isEmpty()) {
            return;
        }
        // the paragraph's text and, for each character, the line it comes from
        StringBuilder text = new StringBuilder();
        List<Integer> lineAt = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            boolean item = part.startsWith(", ");
            if (text.length() > 0 && !item) {
                int len = text.length();
                if (text.charAt(len - 1) == '-' && len >= 2 && Character.isLetter(text.charAt(len - 2)) && !part.isEmpty()
                        && Character.isLowerCase(part.charAt(0))) {
                    text.setLength(len - 1);
                    lineAt.remove(lineAt.size() - 1);
                } else {
                    text.append(' ');
                    lineAt.add(numbers.get(k));
                }
            }
            for (int c = 0; c < part.length(); c++) {
                lineAt.add(numbers.get(k));
            }
            text.append(part);
        }
        String paragraph = text.toString();
        int start = 0;
        Matcher m = END.matcher(paragraph);
        while (m.find()) {
            if (abbreviation(paragraph, m.start()) || paragraph.substring(start, m.start()).matches("\\s*\\d{1,3}(?:\\.\\d{1,3})*")) {
                continue; // "kap.", "fr.o.m.", or the number of a heading ("2. Kostnader")
            }
            add(paragraph, lineAt, start, m.end(), out);
            start = m.end();
        }
        add(paragraph, lineAt, start, paragraph.length(), out);
        parts.clear();
        numbers.clear();
    }

    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int i = dot - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, dot).toLowerCase(Texts.SWEDISH);
        // a single capital before the stop is an initial ("Anna K. Berg"), a single lower-case letter an abbreviation's part
        return ABBREVIATIONS.contains(word) || word.length() == 1 && (i < 0 || text.charAt(i) == '.' || text.charAt(i) == ' ');
    }

    private static void add(String paragraph, List<Integer> lineAt, int from, int to, List<Sentence> out) {
        String s = paragraph.substring(from, to).trim();
        if (s.isEmpty()) {
            return;
        }
        int first = from;
        while (first < to && Character.isWhitespace(paragraph.charAt(first))) {
            first++;
        }
        int last = Math.max(first, to - 1);
        int[] lines = new int[s.length()];
        for (int c = 0; c < s.length(); c++) {
            lines[c] = lineAt.get(Math.min(first + c, lineAt.size() - 1));
        }
        out.add(new Sentence(s, lineAt.get(Math.min(first, lineAt.size() - 1)), lineAt.get(Math.min(last, lineAt.size() - 1)), lines));
    }
}
