package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One line of a source document, with its original line (and page) number.
 *
 * @param number line number in the source, 1-based
 * @param page page number, optional
 * @param text the text
 * @param zone what part of the document the line belongs to, optional
 * @param duplicateOf when the line repeats content read earlier in the same document (a protocol
 *     pasted twice, a tjänsteskrivelse repeating the agenda text), the number of the line it
 *     repeats; such lines are counted once and not checked again as free text. {@code null} for
 *     original content
 */
public record TextLine(
        @NotNull @Positive Integer number,
        @Positive Integer page,
        @NotNull @Size(max = Limits.SHORT_TEXT * 5) String text,
        TextZone zone,
        @Positive Integer duplicateOf) {

    public TextLine(Integer number, Integer page, String text, TextZone zone) {
        this(number, page, text, zone, null);
    }
}
