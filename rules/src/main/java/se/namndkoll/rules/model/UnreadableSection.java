package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A part of a source document that could not be read into the fact model: a page without text, a
 * table whose figures cannot be told apart, characters in an unknown encoding, text that belongs
 * to no item. It is reported (DOC-UNREADABLE-SECTION), never silently dropped and never guessed.
 *
 * @param line first line of the section in the source
 * @param lineEnd last line, optional
 * @param reason what could not be read and why, in Swedish for the user
 */
public record UnreadableSection(
        @NotNull @Positive Integer line,
        @Positive Integer lineEnd,
        @NotBlank @Size(max = Limits.SHORT_TEXT) String reason) {
}
