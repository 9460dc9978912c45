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
 * @param sentOn the date the kallelse states it was sent ("Utskickad 2020-03-02"), optional
 */
public record Agenda(
        LocalDate meetingDate,
        LocalTime startTime,
        @Size(max = Limits.SHORT_TEXT) String place,
        @Size(max = Limits.AGENDA_ITEMS) List<@NotNull @Valid AgendaItem> items,
        LocalDate sentOn) {

    public Agenda {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A kallelse that does not state when it was sent. */
    public Agenda(LocalDate meetingDate, LocalTime startTime, String place, List<AgendaItem> items) {
        this(meetingDate, startTime, place, items, null);
    }
}
