// Copied unchanged (but for the package) from rules/ at the commit the perf branch started from: the "before" of OptimisationsBenchmark.
package se.namndkoll.bench.before;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.DateMention;
import se.namndkoll.rules.model.DateRole;
import se.namndkoll.rules.document.DateConflict;
import se.namndkoll.rules.document.WrittenDate;

/**
 * Dates in documents: weekday names, dates written with their weekday in running text, and
 * mentions of one meeting that disagree.
 */
public final class Dates {

    private static final String[] SWEDISH_WEEKDAYS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] months = {
                {"januari", "jan"}, {"februari", "feb"}, {"mars", "mar"}, {"april", "apr"}, {"maj"}, {"juni", "jun"},
                {"juli", "jul"}, {"augusti", "aug"}, {"september", "sep", "sept"}, {"oktober", "okt"},
                {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < months.length; i++) {
            for (String name : months[i]) {
                MONTHS.put(name, i + 1);
            }
        }
    }

    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(?<![\\p{L}])(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?,?\\s+(?:den\\s+)?"
                    + "(?:(\\d{1,2})(?::[ae])?\\s+(" + String.join("|", MONTHS.keySet()) + ")\\.?\\s+(\\d{4})"
                    + "|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {
    }

    /** The Swedish name of a weekday ("fredag"). */
    public static String swedish(DayOfWeek day) {
        return day == null ? null : SWEDISH_WEEKDAYS[day.getValue() - 1];
    }

    /** The English name of a weekday ("Friday"). */
    public static String english(DayOfWeek day) {
        return day == null ? null : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * The dates in {@code text} written with a weekday and a year ("fredagen den 11 november
     * 2023", "onsdag 2020-03-11"). Impossible dates ("30 februari") are skipped.
     */
    public static List<WrittenDate> withWeekday(String text) {
        List<WrittenDate> dates = new ArrayList<>();
        if (text == null) {
            return dates;
        }
        Matcher m = WEEKDAY_DATE.matcher(text);
        while (m.find()) {
            DayOfWeek stated = DayOfWeek.of(indexOf(m.group(1).toLowerCase(new Locale("sv", "SE"))) + 1);
            try {
                LocalDate date = m.group(2) != null
                        ? LocalDate.of(Integer.parseInt(m.group(4)), MONTHS.get(m.group(3).toLowerCase(new Locale("sv", "SE"))), Integer.parseInt(m.group(2)))
                        : LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)));
                dates.add(new WrittenDate(m.group(), date, stated));
            } catch (DateTimeException e) {
                // not a calendar date: nothing to compare
            }
        }
        return dates;
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

    private static int indexOf(String weekday) {
        for (int i = 0; i < SWEDISH_WEEKDAYS.length; i++) {
            if (SWEDISH_WEEKDAYS[i].equals(weekday)) {
                return i;
            }
        }
        throw new IllegalArgumentException(weekday);
    }
}
