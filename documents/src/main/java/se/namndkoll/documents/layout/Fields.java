package se.namndkoll.documents.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.text.FieldRole;
import se.namndkoll.documents.text.Headings;
import se.namndkoll.documents.text.Patterns;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;
import se.namndkoll.rules.model.LabelledField;

/**
 * The labelled fields of a protocol's first page, its anslag box and a tjänsteskrivelse's
 * letterhead: "Plats och tid Video (Skype) och Luleå", "Tid och plats för justering" (left empty),
 * "Datum när anslaget sätts upp 2020-04-14". A label stands at the start of a line; its value
 * follows on the same line (and continues on the lines directly below), or on the next line when
 * the label stands alone. A label followed by another label or a blank box is an empty field.
 *
 * <p>A form's narrow label column wraps long labels: "Justeringens" with its value on one line and
 * "plats och tid" alone below it, or an anslag box of two columns, "Datum då anslaget 2024-02-13
 * Datum då anslaget 2024-03-01" above "sätts upp tas ned". When the next line holds nothing but the
 * rest of one label, or of two in order, the parts are joined into their labels ({@link #wrapped}).
 */
public final class Fields {

    /** A field read, with the indexes of its label line and of the last line of its value. */
    public record Field(String label, String value, int labelLine, int lastLine) {
    }

    /** A label of more than one word cut at a word: the head on one line, the tail on the next. */
    private record Split(String label, String head, String tail) {
    }

    /** Every way to cut every label of several words, longest labels first. */
    private static final List<Split> SPLITS = splits();

    private Fields() {
    }

    private static List<Split> splits() {
        List<Split> out = new ArrayList<>();
        for (Vocabulary.Label label : Vocabulary.labels()) {
            String l = label.text();
            for (int at = l.indexOf(' '); at > 0; at = l.indexOf(' ', at + 1)) {
                out.add(new Split(l, l.substring(0, at), l.substring(at + 1)));
            }
        }
        out.sort((a, b) -> Integer.compare(b.label().length(), a.label().length()));
        return out;
    }

    /** Reads every field of lines {@code from}..{@code to}; {@code headerEnd} is where generic labels stop counting. */
    public static List<Field> read(Layout w, int from, int to, int headerEnd) {
        List<Field> out = new ArrayList<>();
        for (int i = from; i <= to && i < w.size(); i++) {
            if (w.blank(i) || w.furniture[i] || w.duplicateOf[i] != null) {
                continue;
            }
            List<Field> wrapped = wrapped(w, i, to);
            if (!wrapped.isEmpty()) {
                out.addAll(wrapped);
                i = wrapped.get(wrapped.size() - 1).lastLine();
                continue;
            }
            String label = label(w.clean[i], i <= headerEnd);
            if (label == null) {
                continue;
            }
            String rest = w.clean[i].substring(label.length()).replaceFirst("^\\s*:?\\s*", "").trim();
            // two fields side by side in one line, a tab or a wide gap apart
            // ("Datum för anslags uppsättande <tab> 2025-10-29 <tab> Datum för anslags nedtagande <tab> 2025-11-19")
            List<Field> beside = beside(w, i, label);
            if (!beside.isEmpty()) {
                out.addAll(beside);
                continue;
            }
            int last = i;
            StringBuilder value = new StringBuilder(rest);
            if (!rest.isEmpty()) {
                // a value runs on over the lines directly below that are not labels themselves
                int j = i + 1;
                while (j <= to && j < w.size() && !w.blank(j) && !w.furniture[j] && label(w.clean[j], true) == null
                        && !w.clean[j].startsWith("§") && !Headings.any(w.clean[j]) && value.length() < 200 && continuationOf(label)
                        && !sentence(w.clean[j])) {
                    value.append(' ').append(w.clean[j]);
                    last = j;
                    j++;
                }
            } else if (!standsAlone(label) && w.clean[i].substring(label.length()).trim().equals(":")) {
                // a justering's label with a colon and its value in the sentences directly below
                // ("Justeringens plats och tid:" / "§ 30 justerades omedelbart …" / "Övriga paragrafer justeras …"),
                // in a transcript that puts a blank line after every line, below that
                int j = i + 1;
                if (j + 1 <= to && j + 1 < w.size() && w.blank(j) && w.content(j + 1) && w.clean[j + 1].chars().anyMatch(Character::isDigit)) {
                    j++;
                }
                while (j <= to && j < w.size() && w.content(j) && label(w.clean[j], true) == null && !Headings.any(w.clean[j])
                        && (!w.clean[j].startsWith("§") || Patterns.sentenceOnParagraph(w.clean[j])) && value.length() < 300) {
                    value.append(value.length() == 0 ? "" : " ").append(w.clean[j]);
                    last = j;
                    j++;
                }
            } else {
                // the value on the next non-blank line, unless that is another label, a heading or far away
                int j = i + 1;
                int blanks = 0;
                while (j <= to && j < w.size() && (w.blank(j) || w.furniture[j]) && blanks < 4) {
                    blanks++;
                    j++;
                }
                // a justering's label takes the line below only when it holds a date or a number: a signature box
                // puts a name there ("Justering" / "Per Persson")
                if (j <= to && j < w.size() && blanks < 4 && !w.blank(j) && label(w.clean[j], true) == null
                        && !w.clean[j].startsWith("§") && !Headings.any(w.clean[j])
                        && (standsAlone(label) || blanks == 0 && w.clean[j].chars().anyMatch(Character::isDigit))) {
                    value.append(w.clean[j]);
                    last = j;
                }
            }
            if (headsSignatures(w, i, label, value.toString())) {
                continue;
            }
            out.add(new Field(label, value.toString().trim(), i, last));
            i = Math.max(i, last);
        }
        return out;
    }

    /**
     * The fields of line {@code i} whose labels end on line {@code i + 1}, when that line holds
     * nothing but those labels' tails: one label ("Justeringens Stadshuset, 2024-02-12" above
     * "plats och tid") or two side by side ("Datum då anslaget 2024-02-13 Datum då anslaget
     * 2024-03-01" above "sätts upp tas ned"). Empty when the lines are not so.
     */
    static List<Field> wrapped(Layout w, int i, int to) {
        int j = i + 1;
        if (j > to || j >= w.size() || w.blank(j) || w.furniture[j] || w.duplicateOf[j] != null) {
            return List.of();
        }
        String line = w.clean[i];
        String below = w.clean[j];
        for (Split first : SPLITS) {
            if (!startsWithWord(line, 0, first.head()) || !startsWithWord(below, 0, first.tail())) {
                continue;
            }
            String rest = below.substring(first.tail().length()).trim();
            if (rest.isEmpty()) {
                String v = value(line.substring(first.head().length()));
                int k = j + 1;
                if (v.isEmpty() && standsAlone(first.label()) && k <= to && k < w.size() && !w.blank(k) && !w.furniture[k]
                        && label(w.clean[k], true) == null && !w.clean[k].startsWith("§") && !Headings.any(w.clean[k])) {
                    // the value below the wrapped label, as below a label on one line ("Beslutande" / "ledamöter" / "Anna Andersson (S)")
                    return List.of(new Field(first.label(), w.clean[k], i, k));
                }
                return List.of(new Field(first.label(), v, i, j));
            }
            if (line.length() == first.head().length() && label(rest, true) == null) {
                // the head alone and the value beside the tail ("Justeringens" / "plats och tid Stadshuset, 2024-02-12")
                return List.of(new Field(first.label(), value(rest), i, j));
            }
            for (Split second : SPLITS) {
                if (!rest.equalsIgnoreCase(second.tail())) {
                    continue;
                }
                int at = wordAt(line, second.head(), first.head().length());
                if (at > 0) {
                    return List.of(new Field(first.label(), value(line.substring(first.head().length(), at)), i, j),
                            new Field(second.label(), value(line.substring(at + second.head().length())), i, j));
                }
            }
        }
        return List.of();
    }


    /**
     * Two fields side by side in line {@code i}, the second a tab or a gap of two spaces or more
     * after the first's value ("Datum för anslags uppsättande <tab> 2025-10-29 <tab> Datum för
     * anslags nedtagande <tab> 2025-11-19"); empty when the line holds one field. Only labels of
     * several words count as the second: single words ("Tid", "Plats") may well be part of a value.
     */
    private static List<Field> beside(Layout w, int i, String label) {
        List<String> columns = w.columns(i);
        String[] parts = columns.stream().filter(c -> !c.isBlank()).toArray(String[]::new);
        for (int k = 1; k < parts.length; k++) {
            String second = Texts.clean(String.join(" ", Arrays.copyOfRange(parts, k, parts.length)));
            String secondLabel = label(second, true);
            if (secondLabel == null || secondLabel.indexOf(' ') < 0) {
                continue;
            }
            String first = Texts.clean(String.join(" ", Arrays.copyOfRange(parts, 0, k)));
            if (!first.regionMatches(true, 0, label, 0, label.length())) {
                return List.of();
            }
            String firstValue = value(first.substring(label.length()));
            if (firstValue.isEmpty()) {
                return List.of();
            }
            return List.of(new Field(label, firstValue, i, i), new Field(secondLabel, value(second.substring(secondLabel.length())), i, i));
        }
        return List.of();
    }

    /** What line {@code line} holds after the head of {@code label} it starts with, when the label is wrapped onto the next line. */
    public static String afterHead(String line, String label) {
        for (int at = label.lastIndexOf(' '); at > 0; at = label.lastIndexOf(' ', at - 1)) {
            if (startsWithWord(line, 0, label.substring(0, at))) {
                return value(line.substring(at));
            }
        }
        return value(line);
    }

    private static String value(String afterLabel) {
        return afterLabel.replaceFirst("^\\s*:?\\s*", "").trim();
    }

    /** Whether {@code text} has {@code word} (case aside) at {@code at}, ending at its end, a space or a colon. */
    private static boolean startsWithWord(String text, int at, String word) {
        if (!text.regionMatches(true, at, word, 0, word.length())) {
            return false;
        }
        int end = at + word.length();
        return end == text.length() || text.charAt(end) == ' ' || text.charAt(end) == ':';
    }

    /** Where {@code words} stand as whole words in {@code text} from {@code from} on, or -1. */
    private static int wordAt(String text, String words, int from) {
        for (int at = from; at <= text.length() - words.length(); at++) {
            if (text.charAt(at - 1) == ' ' && startsWithWord(text, at, words)) {
                return at;
            }
        }
        return -1;
    }

    /** "Underskrifter:" heading the signature lines below it ("Sekreterare ....... Johan Berg"): no field of its own. */
    private static boolean headsSignatures(Layout w, int i, String label, String value) {
        return value.isBlank() && label.toLowerCase(Texts.SWEDISH).startsWith("underskrift") && i + 1 < w.size()
                && w.content(i + 1) && label(w.clean[i + 1], true) != null;
    }

    /** Fields written "Label: value" anywhere in lines from..to (a letterhead's "Tfn:", a kallelse's "Plats:"). */
    public static List<Field> readColonLabels(Layout w, int from, int to) {
        List<Field> out = new ArrayList<>();
        for (int i = Math.max(0, from); i <= to && i < w.size(); i++) {
            if (!w.content(i)) {
                continue;
            }
            String label = label(w.clean[i], false);
            if (label == null || !w.clean[i].substring(label.length()).trim().startsWith(":")) {
                continue;
            }
            String value = w.clean[i].substring(label.length()).trim().substring(1).trim();
            if (headsSignatures(w, i, label, value)) {
                continue;
            }
            out.add(new Field(label, value, i, i));
        }
        return out;
    }

    public static LabelledField toModel(Layout w, Field f) {
        return new LabelledField(f.label(), f.value(), w.number(f.labelLine()));
    }

    /** A value that starts with a date: "2025-05-20", "20 maj 2025", "tisdag 20 maj 2025". */
    private static final Pattern DATE_FIRST = Pattern.compile(
            "(?iu)(?:\\p{L}+dag(?:en)?\\s+(?:den\\s+)?)?(?:(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s+\\p{L}+\\s+(?:19|20)\\d{2})");

    /** The label a line starts with, or null. */
    public static String label(String clean, boolean inHeader) {
        Vocabulary.Label found = vocabularyLabel(clean, inHeader);
        return found == null ? null : clean.substring(0, found.text().length());
    }

    /** The vocabulary's label a line starts with, or null. */
    static Vocabulary.Label vocabularyLabel(String clean, boolean inHeader) {
        for (Vocabulary.Label v : Vocabulary.labels()) {
            String l = v.text();
            if (clean.length() >= l.length() && clean.regionMatches(true, 0, l, 0, l.length())) {
                String after = clean.substring(l.length());
                boolean boundary = after.isEmpty() || after.startsWith(" ") || after.startsWith(":") || after.startsWith("\t");
                if (!boundary) {
                    continue;
                }
                if (v.is(Vocabulary.Flag.COLON) && !after.trim().startsWith(":") && !DATE_FIRST.matcher(after.trim()).lookingAt()) {
                    continue; // without a colon, only with a date for its value ("Justering 2025-05-20"; alone it heads a signature box)
                }
                String value = after.trim();
                if (v.is(Vocabulary.Flag.CAPITAL) && !value.isEmpty() && !value.startsWith(":") && !Character.isUpperCase(value.charAt(0))) {
                    continue;
                }
                if (v.is(Vocabulary.Flag.GENERIC) && !inHeader && !after.startsWith(":")) {
                    continue;
                }
                if (v.is(Vocabulary.Flag.GENERIC) && after.startsWith(" ") && after.trim().matches("(?iu)(för|i|och|av|till|att|som|är|har|ska|kan|med|på)\\b.*")) {
                    continue; // running text that starts with the word ("Ordförande i nämnden är …")
                }
                return v;
            }
        }
        return null;
    }

    /** The role of a field read ({@link Field#label()} as written), or null. */
    public static FieldRole role(Field f) {
        return Vocabulary.role(f.label());
    }

    /** A sentence of its own ("Samtliga deltagare deltar på distans."): no part of a field's value above it. */
    private static boolean sentence(String line) {
        return line.endsWith(".") && Texts.wordCount(line) >= 4 && Character.isUpperCase(line.charAt(0)) && !line.matches(".*\\d.*");
    }

    /** Labels whose value may run over a second line ("Plats och tid Video och Luleå / 15:00-16:30, 2020-03-11"). */
    private static boolean continuationOf(String label) {
        Vocabulary.Label v = Vocabulary.label(label);
        return v != null && v.is(Vocabulary.Flag.CONTINUES);
    }

    /** Labels whose value may stand on the line below (signature boxes, "Beslutande" lists); not a justering's. */
    private static boolean standsAlone(String label) {
        Vocabulary.Label v = Vocabulary.label(label);
        return v == null || !v.is(Vocabulary.Flag.INLINE);
    }

    public static final Pattern PARTY_SUFFIX = Pattern.compile("\\s*\\(([A-ZÅÄÖa-zåäö]{1,4}|-)\\)\\s*$");

    /** "Maud Lundbäck (S)" → "Maud Lundbäck". */
    public static String withoutParty(String name) {
        Matcher m = PARTY_SUFFIX.matcher(name);
        return m.find() ? name.substring(0, m.start()).trim() : name.trim();
    }
}
