package se.namndkoll.rules.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a finding is: a JSON Pointer into the input and, for a document, its page and line numbers.
 *
 * @param pointer RFC 6901 JSON Pointer into the case, "" for the whole case
 * @param page the page of the first line, when the document has pages (a PDF)
 * @param line first line in the source document, when the case was read from one
 * @param lineEnd last line, when the finding spans several
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String pointer, Integer page, Integer line, Integer lineEnd) {

    public static Location of(String pointer) {
        return new Location(pointer, null, null, null);
    }

    /** This location at lines {@code first}–{@code last} of the page {@code page} (either may be {@code null}). */
    public Location withLines(Integer page, Integer first, Integer last) {
        return new Location(pointer, page, first, last != null && last.equals(first) ? null : last);
    }
}
