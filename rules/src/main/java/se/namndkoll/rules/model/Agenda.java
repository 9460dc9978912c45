package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A kallelse/föredragningslista.
 *
 * @param meetingDate the date of the meeting summoned
 * @param startTime start time, optional
 * @param place meeting place, optional
 * @param items the items in order
 */
public record Agenda(
        LocalDate meetingDate,
        LocalTime startTime,
        @Size(max = Limits.SHORT_TEXT) String place,
        @Size(max = Limits.AGENDA_ITEMS) List<@NotNull @Valid AgendaItem> items) {

    public Agenda {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
