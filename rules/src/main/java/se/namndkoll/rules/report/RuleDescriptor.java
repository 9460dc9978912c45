package se.namndkoll.rules.report;

import java.util.List;
import java.util.Set;

/**
 * One entry of the rule catalogue, read from the rule files themselves.
 *
 * @param id stable rule id
 * @param title Swedish title
 * @param titleEn English title
 * @param severities the severities the rule can report
 * @param legalBasis the provisions the rule rests on
 * @param provisions the wording and version of each statutory citation, with the words the rule
 *     quotes from it
 * @param verified whether every statutory citation has been checked against the statute text (and
 *     every citation of a reglemente or agreement against that document), in all the rule's outcomes
 * @param requires what the case must contain for the rule to run ("PROTOCOL", "COMMITTEE")
 * @param sourceFiles the rule files (DRL and DMN) that implement it, relative to the rules root
 * @param explanation how the rule reads the law, and what is uncertain (Swedish)
 */
public record RuleDescriptor(
        String id,
        String title,
        String titleEn,
        Set<Severity> severities,
        List<String> legalBasis,
        List<Provision> provisions,
        boolean verified,
        Set<String> requires,
        List<String> sourceFiles,
        String explanation) {
}
