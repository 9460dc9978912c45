package se.namndkoll.rules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.rules.model.FactsSource;

/**
 * One problem the engine found.
 *
 * @param ruleId stable id of the rule ("KL-QUORUM"); renaming one is a breaking change
 * @param variant which outcome of the rule this is ("late", "removedOnLastDay")
 * @param severity how serious
 * @param title the rule's title in Swedish
 * @param message what is wrong, in Swedish
 * @param messageEn the same in English
 * @param legalBasis the provisions the rule rests on, cited exactly ("KL 6 kap. 27 §")
 * @param provisions the wording and version of each statutory citation of {@code legalBasis}, from
 *     the statute text bundled with the rules (a reglemente or agreement has none here)
 * @param verified whether every statutory citation has been checked against the statute text
 *     (the section exists and the rule's quoted words are in it), and every citation of a
 *     reglemente or agreement against that document
 * @param location where in the input or document
 * @param facts the figures behind the finding ({"seats": 14, "present": 7, "required": 8})
 * @param factsFrom {@code "document"} when the finding rests on a provisional committee: facts the
 *     checked document states about its own body, not a registered committee; {@code null} otherwise
 */
public record Finding(
        String ruleId,
        String variant,
        Severity severity,
        String title,
        String message,
        String messageEn,
        List<String> legalBasis,
        List<Provision> provisions,
        boolean verified,
        Location location,
        Map<String, Object> facts,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        FactsSource factsFrom) {

    public Finding {
        legalBasis = List.copyOf(legalBasis);
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public Finding withLocation(Location newLocation) {
        return new Finding(ruleId, variant, severity, title, message, messageEn, legalBasis, provisions, verified, newLocation, facts, factsFrom);
    }
}
