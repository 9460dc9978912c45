package se.namndkoll.rules.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A yearly plan of the committee's meetings (sammanträdesplan).
 *
 * @param year the calendar year planned
 * @param adoptedOn date the committee adopted it, {@code null} when not adopted
 * @param reference protocol reference ("2019-12-06 § 31"), optional
 * @param meetingDates the planned dates, optional
 */
public record MeetingPlan(
        @NotNull @Min(1900) @Max(2200) Integer year,
        LocalDate adoptedOn,
        @Size(max = Limits.NAME) String reference,
        @Size(max = 366) List<@NotNull LocalDate> meetingDates) {

    public MeetingPlan {
        meetingDates = meetingDates == null ? List.of() : List.copyOf(meetingDates);
    }
}
