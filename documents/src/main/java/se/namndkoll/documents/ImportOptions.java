package se.namndkoll.documents;

import java.time.LocalDate;
import java.util.List;
import se.namndkoll.rules.model.Committee;

/**
 * How to read a document.
 *
 * @param committee the committee the document belongs to, when the caller knows it; {@code null}
 *     to recognise it from the text
 * @param registry the committees a document may be recognised as
 * @param asOf the evaluation date, when the caller sets it; {@code null} to use the document's
 *     own meeting date
 */
public record ImportOptions(Committee committee, List<Committee> registry, LocalDate asOf) {

    public ImportOptions {
        registry = registry == null ? List.of() : List.copyOf(registry);
    }
}
