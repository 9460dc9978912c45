package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One seat in the committee's decision-making body (for a kommunalförbund: its direktion or
 * förbundsfullmäktige).
 *
 * @param role ledamot or ersättare
 * @param partyId the cooperation party (kommun/region) that appointed the seat; {@code null} when the
 *     source states the seat but not which party appoints it ("direktionen består av elva ledamöter",
 *     a committee drafted from a text cut off before its split per party, or a document's own
 *     statement of its seats): such a seat counts for the quorum, and the rules that judge seats
 *     party by party do not run while any seat's party is unknown
 * @param person the holder's name, {@code null} when vacant or not stated
 * @param politicalParty the holder's political party ("S", "M"), optional
 */
public record Seat(
        @NotNull SeatRole role,
        @Size(max = Limits.ID) String partyId,
        @Size(max = Limits.NAME) String person,
        @Size(max = 40) String politicalParty) {
}
