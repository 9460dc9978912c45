package se.namndkoll.rules.names;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.text.NameCores;

/**
 * Matches the ways documents name a party: "Bergs kommun", "Berg", "Bergs", "Region Jämtland
 * Härjedalen", "Haparanda stad". A name is reduced to its core (lower case, without the words
 * kommun/stad/region/landsting and without a genitive s) and compared with the core of the party's
 * name and aliases.
 */
public final class PartyNames {

    private PartyNames() {
    }

    /** The comparable core of a name: "Bergs kommun" and "Berg" both become "berg" ({@link NameCores}). */
    public static String core(String name) {
        return NameCores.core(name);
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
