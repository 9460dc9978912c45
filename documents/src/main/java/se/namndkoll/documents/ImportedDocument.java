package se.namndkoll.documents;

import java.util.List;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.DocumentKind;

/**
 * A document read into the fact model.
 *
 * @param input the case, including the document's lines ({@code input.document()})
 * @param kinds what the document holds (one file may hold a protocol and a budget)
 * @param committeeId the committee recognised or given, {@code null} when none
 */
public record ImportedDocument(Case input, List<DocumentKind> kinds, String committeeId) {

    public ImportedDocument {
        kinds = List.copyOf(kinds);
    }
}
