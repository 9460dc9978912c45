package se.namndkoll.rules.report;

import java.util.List;

/**
 * A rule that did not run on a case although the case holds what the rule judges (a protocol, an
 * agenda, decisions): what it lacked is what the committee supplies, so the report cannot say the
 * case holds for that rule.
 *
 * @param ruleId stable id of the rule ("KL-QUORUM")
 * @param title the rule's title in Swedish
 * @param titleEn the rule's title in English
 * @param missing what the case lacked, as named in the rule's {@code @requires}: {@code COMMITTEE}
 *     (no committee given or recognised), {@code SEATS} (the committee's seats are not known) or
 *     {@code TERMS} (no reglemente or agreement terms in force on the evaluation date)
 * @param reason the missing facts in words, in Swedish ("en registrerad nämnd")
 * @param reasonEn the same in English
 */
public record RuleNotRun(String ruleId, String title, String titleEn, List<String> missing, String reason, String reasonEn) {

    public RuleNotRun {
        missing = List.copyOf(missing);
    }
}
