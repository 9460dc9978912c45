package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A topic a governing document regulates, and where it does so.
 *
 * @param topic what is regulated
 * @param line first line of the passage in the source, optional
 * @param lineEnd last line, optional
 * @param excerpt the passage (or its first sentence), optional
 */
public record RegulatedTopic(
        @NotNull RegulationTopic topic,
        @Positive Integer line,
        @Positive Integer lineEnd,
        @Size(max = Limits.SHORT_TEXT) String excerpt) {
}
