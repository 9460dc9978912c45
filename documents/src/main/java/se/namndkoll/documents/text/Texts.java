package se.namndkoll.documents.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.namndkoll.rules.text.SwedishText;

/** Text clean-up shared by the readers of structure: mark-up, bullets, spaces, case folding. */
public final class Texts {

    public static final Locale SWEDISH = SwedishText.LOCALE;

    private static final Pattern SUP = Pattern.compile("(?i)<sup>.*?</sup>");
    private static final Pattern TAG = Pattern.compile("(?i)</?(b|i|u|em|strong|span|br|p|sup|sub|div)\\b[^>]*>");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•▪◦·●■□➢►\uF0B7\uF0A7\uF0D8\uF076\uF0FC]|[-–*](?=\\s))\\s*");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern LETTER_SPACED = Pattern.compile("^(?:\\S ){4,}\\S$");

    private Texts() {
    }

    /** The text of a line without mark-up, bullets and odd spaces; tabs become single spaces. */
    public static String clean(String raw) {
        return clean(cells(raw));
    }

    /** {@link #clean(String)} of a line whose {@link #cells(String)} are already read. */
    public static String clean(List<String> cells) {
        return SPACES.matcher(String.join(" ", cells).trim()).replaceAll(" ");
    }

    /** The cells of a line: its tab-separated parts, each cleaned (a line without tabs is one cell). */
    public static List<String> cells(String raw) {
        String s = normaliseSpaces(raw);
        if (s.indexOf('<') >= 0) { // both patterns start with '<'
            s = SUP.matcher(s).replaceAll("");
            s = TAG.matcher(s).replaceAll("");
        }
        s = s.replace("\\*", "*").replace("**", " ").replace("*", " ");
        s = HEADING_MARK.matcher(s).replaceFirst("");
        s = BULLET.matcher(s).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String cell : s.split("\t", -1)) {
            out.add(SPACES.matcher(cell).replaceAll(" ").trim());
        }
        return out;
    }

    /** Whether the raw line starts with a bullet or list mark. */
    public static boolean startsWithBullet(String raw) {
        return BULLET.matcher(normaliseSpaces(raw)).find();
    }

    /** See {@link SwedishText#normaliseSpaces(String)}. */
    public static String normaliseSpaces(String s) {
        return SwedishText.normaliseSpaces(s);
    }

    /** Lower case, single spaces: for comparing text. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(SWEDISH);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "K a l l e l s e / f ö r e d r a g n i n g s l i s t a": a letter-spaced running header. */
    public static boolean letterSpaced(String clean) {
        return clean.length() >= 9 && LETTER_SPACED.matcher(clean).matches();
    }

    /** The words of a text, lower case, without punctuation (for comparing content). */
    public static List<String> words(String clean) {
        // The runs of letters (\\p{L}) and numbers (\\p{N}) of the lower-cased text, as a split at
        // [^\\p{L}\\p{N}]+ gives them, without the regular expression (a fifth of an import).
        String lower = clean.toLowerCase(SWEDISH);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (letterOrNumber(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
    }

    /**
     * {@code text.split("\\s+").length} without the regular expression: the runs of characters
     * between ASCII white space, one more when the text starts with white space, one for "".
     */
    public static int wordCount(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = asciiSpace(text.charAt(i));
            if (!space && !inRun) {
                runs++;
            }
            inRun = !space;
        }
        if (runs == 0) {
            return 0;
        }
        return asciiSpace(text.charAt(0)) ? runs + 1 : runs;
    }

    /** {@code \\s}: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code \\p{L}} or {@code \\p{N}}: a letter or a number of any Unicode category. */
    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Joins lines of a paragraph: a word broken with a hyphen at the line end is joined ("beslu-"
     * + "tet" = "beslutet"), but a hyphen after an abbreviation or a single letter stays ("IT-" +
     * "serverdrift" = "IT-serverdrift", "e-" + "strateg").
     */
    public static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            String part = p.trim();
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() == 0) {
                out.append(part);
                continue;
            }
            int len = out.length();
            if (out.charAt(len - 1) == '-' && len >= 2 && Character.isLetter(out.charAt(len - 2))) {
                String before = lastWord(out.toString());
                boolean keep = before.length() <= 3 || before.substring(0, before.length() - 1).chars().filter(Character::isUpperCase).count() >= 2
                        || Character.isUpperCase(part.charAt(0));
                if (!keep) {
                    out.setLength(len - 1);
                }
                out.append(part);
            } else {
                out.append(' ').append(part);
            }
        }
        return out.toString();
    }

    private static String lastWord(String s) {
        int i = s.length() - 1;
        while (i >= 0 && !Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return s.substring(i + 1);
    }

    /** Removes a trailing full stop, comma or colon and surrounding spaces. */
    public static String trimPunctuation(String s) {
        return s == null ? null : s.trim().replaceAll("[\\s.,;:]+$", "").replaceAll("^[\\s,;:]+", "");
    }
}
