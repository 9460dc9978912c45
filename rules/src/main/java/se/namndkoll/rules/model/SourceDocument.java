package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The text of a document the case was read from, for the document-level rules (placeholders,
 * blank fields, weekdays) and for mapping findings back to lines.
 *
 * @param name file name or other label
 * @param kinds what the document holds
 * @param lines the document's lines
 * @param fields labelled form fields
 * @param dates dates mentioned
 * @param sourceMap where extracted facts came from
 * @param unreadable parts of the document that could not be read (reported, never dropped)
 */
public record SourceDocument(
        @Size(max = Limits.NAME) String name,
        @Size(max = 10) List<@NotNull DocumentKind> kinds,
        @Size(max = Limits.LINES) List<@NotNull @Valid TextLine> lines,
        @Size(max = Limits.LINES) List<@NotNull @Valid LabelledField> fields,
        @Size(max = Limits.LINES) List<@NotNull @Valid DateMention> dates,
        @Size(max = Limits.LINES) List<@NotNull @Valid SourceSpan> sourceMap,
        @Size(max = Limits.LIST) List<@NotNull @Valid UnreadableSection> unreadable) {

    public SourceDocument {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        lines = lines == null ? List.of() : List.copyOf(lines);
        fields = fields == null ? List.of() : List.copyOf(fields);
        dates = dates == null ? List.of() : List.copyOf(dates);
        sourceMap = sourceMap == null ? List.of() : List.copyOf(sourceMap);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public SourceDocument(String name, List<DocumentKind> kinds, List<TextLine> lines, List<LabelledField> fields,
            List<DateMention> dates, List<SourceSpan> sourceMap) {
        this(name, kinds, lines, fields, dates, sourceMap, null);
    }
}
