package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A person recorded as present in the protocol's närvarolista.
 *
 * @param person name
 * @param role ledamot or ersättare
 * @param partyId the cooperation party (kommun/region) the person represents, optional
 * @param politicalParty political party ("S"), optional
 * @param serving whether the person serves (tjänstgör) with the right to vote; {@code null} means
 *     yes for a ledamot and no for an ersättare
 * @param servingFor the absent ledamot an ersättare serves for, optional
 * @param paragraphs the §§ during which the person was present/serving; {@code null} means all
 * @param remote whether the person took part at a distance, optional
 * @param chair whether the person chaired the meeting, optional
 */
public record Attendance(
        @NotBlank @Size(max = Limits.NAME) String person,
        @NotNull SeatRole role,
        @Size(max = Limits.ID) String partyId,
        @Size(max = 40) String politicalParty,
        Boolean serving,
        @Size(max = Limits.NAME) String servingFor,
        @Size(max = Limits.PARAGRAPHS) List<@NotNull @Positive Integer> paragraphs,
        Boolean remote,
        Boolean chair) {

    public Attendance {
        paragraphs = paragraphs == null ? null : List.copyOf(paragraphs);
    }

    /** Whether the person serves (tjänstgör) with the right to vote. */
    public boolean serves() {
        return serving != null ? serving : role == SeatRole.LEDAMOT;
    }

    /** Whether the person was present during § {@code paragraph}. */
    public boolean presentAt(int paragraph) {
        return paragraphs == null || paragraphs.contains(paragraph);
    }
}
