package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One seat in the committee's decision-making body (for a kommunalförbund: its direktion or
 * förbundsfullmäktige).
 *
 * @param role ledamot or ersättare
 * @param partyId the cooperation party (kommun/region) that appointed the seat
 * @param person the holder's name, {@code null} when vacant or not stated
 * @param politicalParty the holder's political party ("S", "M"), optional
 */
public record Seat(
        @NotNull SeatRole role,
        @NotBlank @Size(max = Limits.ID) String partyId,
        @Size(max = Limits.NAME) String person,
        @Size(max = 40) String politicalParty) {
}
