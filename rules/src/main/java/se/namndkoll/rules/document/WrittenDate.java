package se.namndkoll.rules.document;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date written with its weekday in running text ("fredagen den 11 november 2023").
 *
 * @param text the words as written
 * @param date the calendar date
 * @param statedWeekday the weekday the text names
 */
public record WrittenDate(String text, LocalDate date, DayOfWeek statedWeekday) {

    /** Whether the stated weekday is the date's weekday. */
    public boolean weekdayMatches() {
        return date.getDayOfWeek() == statedWeekday;
    }
}
