package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The announcement (tillkännagivande) of a protocol's justering on one party's anslagstavla. The
 * justering of a gemensam nämnd's protocol is announced on the anslagstavla of every party (KL 9
 * kap. 32 §), and the appeal period runs from the last of these announcements (KL 13 kap. 5 §).
 *
 * @param partyId the party (kommun or region) whose anslagstavla carried it ("lulea")
 * @param postedOn the day it was put up, when known
 * @param removedOn the day it was (or will be) taken down, when known
 */
public record Announcement(
        @NotBlank @Size(max = Limits.ID) @Pattern(regexp = Limits.ID_PATTERN) String partyId,
        LocalDate postedOn,
        LocalDate removedOn) {
}
