package se.namndkoll.rules.names;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.text.SwedishText;

/**
 * Matches the ways documents name a party: "Bergs kommun", "Berg", "Bergs", "Region Jämtland
 * Härjedalen", "Haparanda stad". A name is reduced to its core (lower case, without the words
 * kommun/stad/region/landsting and without a genitive s) and compared with the core of the party's
 * name and aliases.
 */
public final class PartyNames {

    private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> FORM_WORDS = Set.of("kommun", "kommuns", "stad", "stads", "region", "regionen", "regions",
            "landsting", "landstinget", "kommunalförbund", "kommunalförbundet");

    private PartyNames() {
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

    /** All cores under which a party may be mentioned (its name and aliases; not its machine id). */
    public static Set<String> cores(Party party) {
        Set<String> cores = new LinkedHashSet<>();
        cores.add(core(party.name()));
        party.aliases().forEach(a -> cores.add(core(a)));
        cores.remove("");
        return cores;
    }

    /** Whether {@code mention} names {@code party}. */
    public static boolean matches(Party party, String mention) {
        String core = core(mention);
        return !core.isEmpty() && cores(party).contains(core);
    }

    /** The party that {@code mention} names, if exactly one does. */
    public static Optional<Party> find(Collection<Party> parties, String mention) {
        List<Party> hits = parties.stream().filter(p -> matches(p, mention)).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }
}
