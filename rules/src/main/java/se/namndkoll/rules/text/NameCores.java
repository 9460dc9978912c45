package se.namndkoll.rules.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The comparable core of the name of a kommun or region: lower case, without the words
 * kommun/stad/region/landsting and without a genitive s ("Bergs kommun" and "Berg" both become
 * "berg"). Text mechanics only; matching a core against a committee's parties is
 * {@code se.namndkoll.rules.names.PartyNames}'.
 */
public final class NameCores {

    private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> FORM_WORDS = Set.of("kommun", "kommuns", "stad", "stads", "region", "regionen", "regions",
            "landsting", "landstinget", "kommunalförbund", "kommunalförbundet");

    private NameCores() {
    }

    /**
     * Cores already computed: a rule compares the same few names with every party and alias, and
     * the normalisation (Unicode, patterns) cost more than the comparisons (docs/performance.md).
     * A pure function's results, bounded: the memory starts over past {@value #REMEMBERED} names.
     */
    private static final int REMEMBERED = 8192;
    private static final Map<String, String> CORES = new ConcurrentHashMap<>();

    /** The comparable core of a name: "Bergs kommun" and "Berg" both become "berg". */
    public static String core(String name) {
        if (name == null) {
            return "";
        }
        String known = CORES.get(name);
        if (known != null) {
            return known;
        }
        String core = computeCore(name);
        if (CORES.size() >= REMEMBERED) {
            CORES.clear();
        }
        CORES.put(name, core);
        return core;
    }

    private static String computeCore(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(SwedishText.LOCALE);
        s = NOISE.matcher(s.replace('-', ' ')).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        for (String word : SPACES.split(s.trim())) {
            if (word.isEmpty() || FORM_WORDS.contains(word)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        String core = out.toString();
        // Genitive: "bergs" -> "berg", "luleås" -> "luleå"; not for names that end in s themselves
        // in their basic form, which the party's own name then also carries.
        if (core.length() > 3 && core.endsWith("s") && !core.endsWith("ss")) {
            return core.substring(0, core.length() - 1);
        }
        return core;
    }

}
