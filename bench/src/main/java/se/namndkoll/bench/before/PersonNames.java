// Copied unchanged (but for the package) from rules/ at the commit the perf branch started from: the "before" of OptimisationsBenchmark.
package se.namndkoll.bench.before;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares the names of persons as protocols write them: "Sara Lundberg (S)", "sara  lundberg" and
 * "Sara Lundberg" are the same person. Case, spacing and a parenthesised suffix (political party,
 * role) are ignored; nothing else is guessed (no nicknames, no initials).
 */
public final class PersonNames {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonNames() {
    }

    /** The comparable form of a name; "" for {@code null} or a blank name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = PARENTHESES.matcher(s).replaceAll(" ");
        return SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(SWEDISH);
    }

    /** Whether two names denote the same person; never true when either is unknown. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
