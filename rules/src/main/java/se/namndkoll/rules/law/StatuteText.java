package se.namndkoll.rules.law;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a section's wording from the text of the statute data, where each section's
 * {@code content} ends with the amendment note and the heading of the next section:
 * <pre>
 * "Justeringen av en gemensam nämnds protokoll ska tillkännages på var och en av de samverkande
 *  kommunernas och regionernas anslagstavlor. Lag (2019:835). Reglemente"
 * </pre>
 * gives the wording "Justeringen … anslagstavlor.", the version "Lag (2019:835)" and the heading
 * "Reglemente" (which belongs to the next section). A section with no note has no version here.
 * Nothing in this class reads the law: it only separates what the source joined.
 */
public final class StatuteText {

    /** The amendment note: "Lag (2019:835)." (the source sometimes leaves out the full stop). */
    private static final Pattern VERSION = Pattern.compile("Lag \\((\\d{4}:\\d+)\\)\\.?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?:] ");
    private static final Pattern RANGE = Pattern.compile("(\\d)-(\\d)");
    /** Words a heading never ends with but a sentence cut off in the source does ("… enligt bestämmelserna i"). */
    private static final Set<String> CONTINUING = Set.of("i", "av", "enligt", "ska", "och", "de", "den", "det", "om", "till",
            "för", "med", "på", "att", "som", "en", "ett", "eller", "från", "vid", "under", "har", "får", "är", "samt");

    private StatuteText() {
    }

    /**
     * The parts of one section's content.
     *
     * @param wording the statute's words, without note and heading, whitespace collapsed, ranges with an en dash
     * @param version the amendment note ("Lag (2019:835)"), or {@code null} when the section has none
     * @param heading the heading of the next section that the source appended, or {@code ""}
     * @param truncated whether the content ends in the middle of a sentence (the source cut it off)
     */
    public record Parts(String wording, String version, String heading, boolean truncated) {
    }

    /** Splits {@code content}; {@code knownTruncated} keeps a section the source cut off as it is. */
    public static Parts read(String content, boolean knownTruncated) {
        String text = content.strip().replaceAll("\\s+", " ");
        if (knownTruncated) {
            return new Parts(ranges(text), null, "", true);
        }
        int noteStart = -1;
        int noteEnd = -1;
        String note = null;
        Matcher m = VERSION.matcher(text);
        while (m.find()) {
            noteStart = m.start();
            noteEnd = m.end();
            note = "Lag (" + m.group(1) + ")";
        }
        if (note != null) {
            String tail = text.substring(noteEnd).strip();
            if (tail.isEmpty() || isHeading(tail)) {
                return new Parts(ranges(text.substring(0, noteStart).strip()), note, tail, false);
            }
        }
        int end = -1;
        Matcher s = SENTENCE_END.matcher(text);
        while (s.find()) {
            end = s.start();
        }
        String tail = end < 0 ? text : text.substring(end + 2);
        boolean ends = tail.endsWith(".") && !tail.endsWith(" m.m.");
        if (tail.isEmpty() || ends) {
            return new Parts(ranges(text), null, "", false);
        }
        if (end < 0 || !isHeading(tail)) {
            return new Parts(ranges(text), null, "", true);
        }
        return new Parts(ranges(text.substring(0, end + 1).strip()), null, tail, false);
    }

    /** A heading: starts with a capital and does not end as a sentence cut off in its middle. */
    private static boolean isHeading(String tail) {
        if (tail.isEmpty() || !Character.isUpperCase(tail.codePointAt(0)) || tail.endsWith(",")) {
            return false;
        }
        if (tail.endsWith(".") && !tail.endsWith(" m.m.")) {
            return false;
        }
        String[] words = tail.split(" ");
        return !CONTINUING.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** "65-67" as printed: "65–67". */
    private static String ranges(String text) {
        return RANGE.matcher(text).replaceAll("$1–$2");
    }
}
