package se.namndkoll.rules.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Ordförande or vice ordförande.
 *
 * @param person name, {@code null} when the post is vacant
 * @param partyId the cooperation party the person represents, optional
 * @param electedBy the body that elected the person, {@code null} when not stated
 * @param electedOn date of election, optional
 */
public record Officer(
        @Size(max = Limits.NAME) String person,
        @Size(max = Limits.ID) String partyId,
        ElectingBody electedBy,
        LocalDate electedOn) {
}
