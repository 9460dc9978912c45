package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A reglemente, agreement or förbundsordning and who adopted it.
 *
 * @param kind which document
 * @param title its title, optional
 * @param date its date or edition, optional
 * @param adoptedBy ids of the parties whose fullmäktige adopted it; {@code null} when not stated
 * @param reference where this is recorded, optional
 */
public record GoverningDocument(
        @NotNull GoverningDocumentKind kind,
        @Size(max = Limits.SHORT_TEXT) String title,
        LocalDate date,
        @Size(max = Limits.PARTIES) List<@NotNull @Size(max = Limits.ID) String> adoptedBy,
        @Size(max = Limits.SHORT_TEXT) String reference) {

    public GoverningDocument {
        adoptedBy = adoptedBy == null ? null : List.copyOf(adoptedBy);
    }
}
