package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date as written in a document, with the weekday the text names, if any.
 *
 * @param text the text as written ("Fredagen den 11 november 2023")
 * @param date the calendar date it denotes
 * @param statedWeekday the weekday the text names, {@code null} when none
 * @param role what the date refers to
 * @param line line number, optional
 */
public record DateMention(
        @NotNull @Size(max = Limits.NAME) String text,
        @NotNull LocalDate date,
        DayOfWeek statedWeekday,
        DateRole role,
        @Positive Integer line) {
}
