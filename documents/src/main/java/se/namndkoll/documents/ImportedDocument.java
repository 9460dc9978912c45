package se.namndkoll.documents;

import java.util.List;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.DocumentKind;

/**
 * A document read into the fact model.
 *
 * @param input the case, including the document's lines ({@code input.document()})
 * @param kinds what the document holds, its main kind first (one file may hold a protocol and a budget)
 * @param committeeId the committee recognised or given, {@code null} when none (also when the case's
 *     committee is a provisional one, built from the document's own statements)
 * @param bodyName the deciding body as the document names it ("Södra Lapplands Gymnasieförbund"),
 *     {@code null} when it names none
 */
public record ImportedDocument(Case input, List<DocumentKind> kinds, String committeeId, String bodyName) {

    public ImportedDocument {
        kinds = List.copyOf(kinds);
    }

    /**
     * The body a report names: the committee checked against when there is one, else the body the
     * document names, not registered; {@code null} when there is neither.
     */
    public Body body() {
        if (input.committee() != null && input.committee().name() != null && !input.provisionalCommittee()) {
            return new Body(input.committee().name(), true);
        }
        return bodyName == null ? null : new Body(bodyName, false);
    }

    /** What the document mainly is: its first kind, {@link DocumentKind#OTHER} when none was found. */
    public DocumentKind mainKind() {
        return kinds.isEmpty() ? DocumentKind.OTHER : kinds.get(0);
    }
}
