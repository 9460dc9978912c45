package se.namndkoll.rules.names;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.namndkoll.rules.text.SwedishText;

/**
 * Compares the names of persons as protocols write them: "Sara Lundberg (S)", "sara  lundberg" and
 * "Sara Lundberg" are the same person. Case, spacing and a parenthesised suffix (political party,
 * role) are ignored; nothing else is guessed (no nicknames, no initials).
 */
public final class PersonNames {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonNames() {
    }

    /** Keys already computed (a pure function; bounded, see PartyNames). */
    private static final int REMEMBERED = 8192;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** The comparable form of a name; "" for {@code null} or a blank name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String known = KEYS.get(name);
        if (known != null) {
            return known;
        }
        String key = computeKey(name);
        if (KEYS.size() >= REMEMBERED) {
            KEYS.clear();
        }
        KEYS.put(name, key);
        return key;
    }

    private static String computeKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = PARENTHESES.matcher(s).replaceAll(" ");
        return SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(SwedishText.LOCALE);
    }

    /** Whether two names denote the same person; never true when either is unknown. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
