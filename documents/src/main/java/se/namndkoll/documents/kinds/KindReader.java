package se.namndkoll.documents.kinds;

import java.util.List;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.DocumentKind;

/**
 * One reader per kind of document, behind one interface: given the lines {@code from}..{@code to}
 * (inclusive) of a document's layout, a reader reads what its kind holds into the fact model and
 * records where each fact came from. The importer classifies the document, then asks the reader of
 * its main kind ({@link #of}) for the document, and the governing-text and financial-table readers
 * for the parts after it. A new kind is a new implementation and a line in {@link #of}; a new layout
 * of a known kind is a change inside its reader or, for a label or a signal, a line of the vocabulary.
 *
 * @param <R> what the reader returns for the lines it read ({@code null} when they hold none of its kind)
 */
@FunctionalInterface
public interface KindReader<R> {

    /** What a reader may need besides the lines. */
    record Context(Committee committee, List<Integer> memoStarts, int index) {

        public Context {
            memoStarts = memoStarts == null ? List.of() : List.copyOf(memoStarts);
        }

        /** A context with the committee checked against (or null) and nothing else. */
        public static Context of(Committee committee) {
            return new Context(committee, List.of(), 0);
        }
    }

    R read(Layout w, int from, int to, Context context);

    /** The reader of a document whose main kind is {@code kind}, or null when the kind has no reader of its own. */
    static KindReader<?> of(DocumentKind kind) {
        return switch (kind) {
            case PROTOCOL -> ProtocolReader.READER;
            case AGENDA -> AgendaReader.READER;
            case MEMO -> AgendaReader.MEMO_READER;
            case REGLEMENTE, AGREEMENT -> GoverningTextReader.READER;
            case FINANCIAL -> FinancialTableReader.READER;
            case OTHER -> null;
        };
    }
}
