package se.namndkoll.rules.engine;

import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.RegulationTopic;

/**
 * One block of the checklist table: a governing text of {@code document}'s kind should regulate
 * {@code topic}; {@code meta} is the rule's metadata as the block states it.
 *
 * @param name the rule's name, a sentence of the outcome as DRL rules are named
 */
public record ChecklistItem(GoverningDocumentKind document, RegulationTopic topic, String name, RuleMeta meta) {
}
