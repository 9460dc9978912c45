package se.namndkoll.rules.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.rules.text.SwedishText;

/**
 * Finds unfilled placeholders in a text: runs of x ("xxx", "XXXX", "XX" as a token, "20XX"),
 * bracketed fill-ins ("[datum]", "[Namn Efternamn]", "[…]"), "???", "TBD"/"TBA", "NN" as a
 * stand-alone name, date templates ("ÅÅÅÅ-MM-DD", "YYYY-MM-DD") and "Lorem ipsum".
 *
 * <p>Not placeholders: the e-mail artefacts of web pages ("[email protected]"), dotted leaders of
 * signature lines and tables of contents ("....."), roman numerals ("XIV", "XXI", "MMXX", and "XX"
 * between other numerals), x inside words ("XXL", "Exxon"), footnote and link brackets ("[1]",
 * "[text](url)"), check boxes ("[x]", "[ ]") and editorial brackets that name no fill-in
 * ("[Ärendet utgår]").
 */
public final class Placeholders {

    /** A letter, digit or underscore: what a token boundary must not touch. */
    private static final String B_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String B_AFTER = "(?![\\p{L}\\p{N}_])";

    private static final Pattern X_RUN = Pattern.compile(B_BEFORE + "[xX]{2,}" + B_AFTER);
    private static final Pattern YEAR_TEMPLATE = Pattern.compile(B_BEFORE + "(?:19|20)[xX]{2}" + B_AFTER);
    private static final Pattern DATE_TEMPLATE = Pattern.compile(
            B_BEFORE + "(?:ÅÅÅÅ|ÅÅ|YYYY|YY)[-./ ]?MM[-./ ]?DD" + B_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUESTION_MARKS = Pattern.compile(B_BEFORE + "\\?{3,}" + B_AFTER);
    private static final Pattern TBD = Pattern.compile(B_BEFORE + "(?:TBD|TBA)" + B_AFTER);
    private static final Pattern NN = Pattern.compile(B_BEFORE + "(?:NN|N\\.\\s?N\\.)(?![\\p{L}\\p{N}_])");
    private static final Pattern LOREM = Pattern.compile(B_BEFORE + "lorem\\s+ipsum" + B_AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]{0,60})\\]");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final Pattern VALID_ROMAN = Pattern.compile("M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.{2,}|_{2,}|-{2,})\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** First words that alone name a fill-in, in a bracket of at most three words ("[ort och datum]"). */
    private static final Set<String> FILL_IN_WORDS = Set.of(
            "ort", "år", "dag", "tid", "plats", "lokal", "nummer", "nr", "dnr", "paragraf", "kommun", "region", "part",
            "nämnd", "förvaltning", "titel", "rubrik", "mejl", "tfn", "antal", "summa", "kronor", "kr", "procent", "text",
            "org", "person", "ordförande", "sekreterare", "justerare", "x", "xx", "name", "date", "amount", "tbd",
            "fyll", "ange", "infoga", "skriv", "lägg", "beskriv", "komplettera", "ändra", "insert");
    /** Stems a bracket's first word may start with ("[Datum för justering]", "[Namn Efternamn]"). */
    private static final List<String> FILL_IN_PREFIXES = List.of(
            "datum", "namn", "belopp", "månad", "veckodag", "klockslag", "diarie", "ärendenummer", "telefon", "e-post",
            "epost", "adress", "befattning", "handläggare", "organisation", "placeholder", "fyll i");
    /** Any word ending so names a fill-in ("[sammanträdesdatum]", "[förnamn]"). */
    private static final List<String> FILL_IN_SUFFIXES = List.of("datum", "namn", "belopp", "nummer");
    /** Editorial marks and check boxes in brackets. */
    private static final Set<String> NOT_FILL_INS = Set.of("sic", "x", "X", " ", "");
    private static final Pattern ARTEFACT = Pattern.compile("(?i)protected|skyddad|email|e-mail|@|cloudflare|javascript");

    private Placeholders() {
    }

    /** Whether {@code text} contains any placeholder. */
    public static boolean any(String text) {
        return !find(text).isEmpty();
    }

    /** The placeholders in {@code text}, in order of appearance, each as written ("xxx", "[datum]"). */
    public static List<String> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int triggers = triggers(text);
        return triggers == 0 ? List.of() : find(text, triggers);
    }

    /**
     * The placeholders of the patterns whose bit is set in {@code triggers}; {@link #find(String)}
     * sets only the bits whose literal {@link #triggers} found, {@code ALL} runs every pattern (the
     * reference the tests compare with).
     */
    static List<String> find(String text, int triggers) {
        List<Hit> hits = new ArrayList<>();
        if ((triggers & XX) != 0) {
            Matcher m = X_RUN.matcher(text);
            while (m.find()) {
                if (!romanContext(text, m.start(), m.end())) {
                    hits.add(new Hit(m.start(), m.group()));
                }
            }
            collect(YEAR_TEMPLATE, text, hits);
        }
        for (int i = 0; i < PLAIN_PATTERNS.length; i++) {
            if ((triggers & PLAIN_TRIGGERS[i]) != 0) {
                collect(PLAIN_PATTERNS[i], text, hits);
            }
        }
        if ((triggers & BRACKET_OPEN) != 0) {
            Matcher m = BRACKET.matcher(text);
            while (m.find()) {
                if (isFillIn(m.group(1), text, m.end())) {
                    hits.add(new Hit(m.start(), m.group()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        List<String> tokens = new ArrayList<>(hits.size());
        int covered = -1;
        for (Hit h : hits) {
            // A bracket and a run of x inside it ("[xx]") are one placeholder.
            if (h.start() >= covered) {
                tokens.add(h.token());
                covered = h.start() + h.token().length();
            }
        }
        return tokens;
    }

    /** The distinct placeholders of {@code text} joined for a message ("xxx", "xxx, [datum]"). */
    public static String tokens(String text) {
        return String.join(", ", new LinkedHashSet<>(find(text)));
    }

    /**
     * A short piece of {@code text} around {@code token} for a message: the whole text with its
     * whitespace normalised when short, otherwise about 60 characters either side of the token.
     */
    public static String excerpt(String text, String token) {
        if (text == null) {
            return null;
        }
        String s = SPACES.matcher(text).replaceAll(" ").trim();
        if (s.length() <= 160) {
            return s;
        }
        int at = token == null ? -1 : s.indexOf(token);
        if (at < 0) {
            return s.substring(0, 157) + "…";
        }
        int from = Math.max(0, at - 60);
        int to = Math.min(s.length(), at + token.length() + 60);
        return (from > 0 ? "…" : "") + s.substring(from, to).trim() + (to < s.length() ? "…" : "");
    }

    /** Bits of {@link #triggers}: which literal, needed by which patterns, a text holds. */
    static final int XX = 1;           // "xx" in any case: runs of x, "20XX"
    static final int DD = 2;           // "dd" in any case: date templates
    static final int QQQ = 4;          // "???"
    static final int TB = 8;           // TBD, TBA
    static final int N = 16;           // "NN" or "N.": NN, N.N.
    static final int LOREM_WORD = 32;  // "lorem" in any case
    static final int BRACKET_OPEN = 64; // "[": bracketed fill-ins
    static final int ALL = 127;

    /** The patterns whose every match is a placeholder, and the bit each needs (in the order they run). */
    private static final Pattern[] PLAIN_PATTERNS = {DATE_TEMPLATE, QUESTION_MARKS, TBD, NN, LOREM};
    private static final int[] PLAIN_TRIGGERS = {DD, QQQ, TB, N, LOREM_WORD};

    /**
     * The literals of {@link #XX} to {@link #BRACKET_OPEN} found in {@code text}, in one pass: each
     * pattern needs its own, so a pattern whose literal is missing cannot match and is not run (most
     * texts hold no placeholder, and a long text that holds one literal need not be searched by the
     * other patterns; docs/performance.md).
     */
    static int triggers(String text) {
        int found = 0;
        int n = text.length();
        for (int i = 0; i < n && found != ALL; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            switch (c) {
                case 'x', 'X' -> {
                    if (next == 'x' || next == 'X') {
                        found |= XX;
                    }
                }
                case 'd', 'D' -> {
                    if (next == 'd' || next == 'D') {
                        found |= DD;
                    }
                }
                case '?' -> {
                    if (next == '?' && i + 2 < n && text.charAt(i + 2) == '?') {
                        found |= QQQ;
                    }
                }
                case 'T' -> {
                    if (next == 'B') {
                        found |= TB;
                    }
                }
                case 'N' -> {
                    if (next == 'N' || next == '.') {
                        found |= N;
                    }
                }
                case 'l', 'L' -> {
                    if ((next == 'o' || next == 'O') && text.regionMatches(true, i, "lorem", 0, 5)) {
                        found |= LOREM_WORD;
                    }
                }
                case '[' -> found |= BRACKET_OPEN;
                default -> {
                }
            }
        }
        return found;
    }

    private static void collect(Pattern pattern, String text, List<Hit> hits) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(new Hit(m.start(), m.group()));
        }
    }

    /**
     * "XX" or "XXX" written between other roman numerals ("XIX, XX, XXI") or after a regnal name
     * is a numeral, not a placeholder. A lone "XX" is read as a placeholder.
     */
    private static boolean romanContext(String text, int start, int end) {
        String token = text.substring(start, end);
        if (!token.equals(token.toUpperCase(Locale.ROOT)) || token.length() > 3) {
            return false;
        }
        String before = lastWord(text.substring(0, start));
        String after = firstWord(text.substring(end));
        return isOtherRoman(before) || isOtherRoman(after);
    }

    private static boolean isOtherRoman(String word) {
        return word != null && ROMAN.matcher(word).matches() && VALID_ROMAN.matcher(word).matches()
                && !word.chars().allMatch(c -> c == 'X');
    }

    private static String lastWord(String s) {
        Matcher m = WORD.matcher(s);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    private static String firstWord(String s) {
        Matcher m = WORD.matcher(s);
        return m.find() ? m.group() : null;
    }

    private static boolean isFillIn(String content, String text, int end) {
        if (NOT_FILL_INS.contains(content) || ARTEFACT.matcher(content).find()) {
            return false;
        }
        // A markdown link "[text](url)" or a reference definition "[text]: url".
        if (end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == ':')) {
            return false;
        }
        if (ELLIPSIS.matcher(content).matches()) {
            return true;
        }
        String lower = SPACES.matcher(content.toLowerCase(SwedishText.LOCALE)).replaceAll(" ").trim();
        if (lower.isEmpty() || lower.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (X_RUN.matcher(content).find()) {
            return true;
        }
        String[] words = lower.split("[ /,]+");
        String[] original = SPACES.matcher(content.trim()).replaceAll(" ").split("[ /,]+");
        if (words.length == 0 || words.length > 5) {
            return false; // only separators ("[/]", "[ , ]"), or too many words
        }
        for (String prefix : FILL_IN_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        if (FILL_IN_WORDS.contains(words[0]) && words.length <= 3) {
            // "[ort och datum]" but not a name written in brackets ("[Region Jämtland Härjedalen]").
            boolean restLowerCase = true;
            for (int i = 1; i < original.length; i++) {
                restLowerCase &= !original[i].isEmpty() && !Character.isUpperCase(original[i].charAt(0));
            }
            if (restLowerCase) {
                return true;
            }
        }
        for (String word : words) {
            for (String suffix : FILL_IN_SUFFIXES) {
                if (word.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Hit(int start, String token) {
    }
}
