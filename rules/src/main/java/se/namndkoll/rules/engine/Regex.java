package se.namndkoll.rules.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions written in the rules, compiled once. The DRL operator {@code matches}
 * compiles its pattern on every evaluation (Drools' executable model calls
 * {@link String#matches(String)}), which cost more than the rules that used it
 * (docs/performance.md); a rule writes {@code Regex.matches(label, "...")} instead and keeps the
 * pattern where the reader of the rule sees it.
 */
public final class Regex {

    /** The patterns are literals of the rule files: a few, never input; the bound is a safeguard. */
    private static final int MAX_PATTERNS = 256;

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {
    }

    /** What DRL's {@code value matches regex} means: the whole of a non-null {@code value} matches. */
    public static boolean matches(String value, String regex) {
        return value != null && pattern(regex).matcher(value).matches();
    }

    static Pattern pattern(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p == null) {
            p = Pattern.compile(regex);
            if (COMPILED.size() < MAX_PATTERNS) {
                COMPILED.putIfAbsent(regex, p);
            }
        }
        return p;
    }
}
