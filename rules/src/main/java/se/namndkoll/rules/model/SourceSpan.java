package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Maps a part of the case (a JSON Pointer) back to the lines of the document it was read from,
 * so findings on extracted facts can point at the document.
 *
 * @param pointer JSON Pointer into the case ("/protocol/noticePostedOn")
 * @param line first line
 * @param lineEnd last line, optional
 */
public record SourceSpan(
        @NotNull @Size(max = Limits.NAME) String pointer,
        @NotNull @Positive Integer line,
        @Positive Integer lineEnd) {
}
