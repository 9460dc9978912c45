package se.namndkoll.rules.document;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.rules.model.DateMention;
import se.namndkoll.rules.model.DateRole;
import se.namndkoll.rules.text.SwedishDates;

/**
 * Dates in documents: weekday names, dates written with their weekday in running text, and
 * mentions of one meeting that disagree.
 */
public final class Dates {

    private Dates() {
    }

    /** The Swedish name of a weekday ("fredag"). */
    public static String swedish(DayOfWeek day) {
        return SwedishDates.weekdayName(day);
    }

    /** The English name of a weekday ("Friday"). */
    public static String english(DayOfWeek day) {
        return day == null ? null : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * The dates in {@code text} written with a weekday and a year ("fredagen den 11 november
     * 2023", "onsdag 2020-03-11"), as {@link SwedishDates} reads them. Impossible dates ("30
     * februari") are skipped.
     */
    public static List<WrittenDate> withWeekday(String text) {
        return SwedishDates.withWeekday(text).stream().map(f -> new WrittenDate(f.text(), f.date(), f.weekday())).toList();
    }

    /** The dates in {@code text} whose stated weekday is wrong. */
    public static List<WrittenDate> wrongWeekdays(String text) {
        return withWeekday(text).stream().filter(d -> !d.weekdayMatches()).toList();
    }

    /**
     * The mentions of the meeting (role MEETING) that differ from the date most mentions give;
     * on a tie, the date mentioned first wins.
     */
    public static List<DateConflict> meetingConflicts(Collection<DateMention> mentions) {
        List<DateMention> meeting = mentions.stream().filter(d -> d.role() == DateRole.MEETING && d.date() != null).toList();
        if (meeting.size() < 2) {
            return List.of();
        }
        List<DateMention> ordered = new ArrayList<>(meeting);
        ordered.sort((a, b) -> Integer.compare(a.line() == null ? Integer.MAX_VALUE : a.line(), b.line() == null ? Integer.MAX_VALUE : b.line()));
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        for (DateMention d : ordered) {
            counts.merge(d.date(), 1, Integer::sum);
        }
        LocalDate majority = null;
        int best = 0;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) {
                majority = e.getKey();
                best = e.getValue();
            }
        }
        List<DateConflict> conflicts = new ArrayList<>();
        for (DateMention d : ordered) {
            if (!d.date().equals(majority)) {
                conflicts.add(new DateConflict(d, majority, best));
            }
        }
        return conflicts;
    }
}
