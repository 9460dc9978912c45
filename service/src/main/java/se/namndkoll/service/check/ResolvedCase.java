package se.namndkoll.service.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import se.namndkoll.rules.model.Case;

/**
 * A case read from a request, valid and ready to check.
 *
 * @param input the case
 * @param json the same case as JSON with the committee resolved (the base of what-if variants)
 * @param committeeId the committee's id, {@code null} when the case has none
 * @param committeeVersion the registry version the committee was taken from, {@code null} when
 *     it was given inline
 */
public record ResolvedCase(Case input, ObjectNode json, String committeeId, Long committeeVersion) {
}
