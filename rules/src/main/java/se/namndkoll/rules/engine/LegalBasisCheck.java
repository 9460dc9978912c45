package se.namndkoll.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.namndkoll.rules.law.Statutes;
import se.namndkoll.rules.report.Provision;

/**
 * Checks a rule's statutory citations against the bundled statute text, and gives a finding the
 * wording of the provisions it cites. A citation of a reglemente, an agreement or of no rule of law
 * is not checked here: it is verified against that document, as the rule file says.
 */
public final class LegalBasisCheck {

    private static final Map<String, Optional<Statutes.Lookup>> LOOKUPS = new ConcurrentHashMap<>();

    private LegalBasisCheck() {
    }

    /**
     * What is wrong with the statutory citations of a rule: a citation that names no section of the
     * text (or a stycke or punkt it does not show), a citation without a quotation, a quotation that
     * is not in the cited text, a section the source cut off, or a quotation of a citation the rule
     * does not make. Empty when every statutory citation is confirmed.
     */
    public static List<String> problems(List<String> legalBasis, Map<String, List<String>> quotes, Statutes statutes) {
        List<String> problems = new ArrayList<>();
        for (String citation : legalBasis) {
            if (statutes.isStatutory(citation)) {
                problems.addAll(statutes.check(citation, quotes.get(citation)));
            }
        }
        for (String quoted : quotes.keySet()) {
            if (!legalBasis.contains(quoted)) {
                problems.add(quoted + ": quoted, but not in @legalBasis");
            }
        }
        return problems;
    }

    /** The wording of each statutory citation that names a section of the text, in the order cited. */
    public static List<Provision> provisions(List<String> legalBasis, Map<String, List<String>> quotes, Statutes statutes) {
        List<Provision> provisions = new ArrayList<>();
        for (String citation : legalBasis) {
            lookup(citation, statutes).ifPresent(l -> provisions.add(new Provision(citation, l.section().statuteTitle(),
                    l.section().wording(), l.section().version(), quotes.getOrDefault(citation, List.of()))));
        }
        return provisions;
    }

    private static Optional<Statutes.Lookup> lookup(String citation, Statutes statutes) {
        if (statutes != Statutes.bundled()) {
            return found(statutes, citation);
        }
        return LOOKUPS.computeIfAbsent(citation, c -> found(statutes, c));
    }

    private static Optional<Statutes.Lookup> found(Statutes statutes, String citation) {
        if (!statutes.isStatutory(citation)) {
            return Optional.empty();
        }
        Statutes.Lookup l = statutes.lookup(citation);
        return l.section() == null ? Optional.empty() : Optional.of(l);
    }
}
