package se.namndkoll.rules.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish dates and times as documents write them: "2019-12-06", "6 december 2019", "den 6 dec.
 * 2019", "Fredagen den 11 november 2023", "fredag 2019-12-06", "6/12 2019", "kl. 13.00–14.50".
 * The one date parser of the project: the document reader reads dates with it, and the
 * document-level rules read the dates written with a weekday with it. Pure functions.
 */
public final class SwedishDates {

    /** A date found in a text. {@code date} is null when the text names a day that does not exist. */
    public record Found(int start, int end, String text, LocalDate date, DayOfWeek weekday) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("maj", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augusti", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
            Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    /** The weekdays' names, Monday first. */
    private static final String[] WEEKDAY_NAMES = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "måndag", DayOfWeek.MONDAY, "tisdag", DayOfWeek.TUESDAY, "onsdag", DayOfWeek.WEDNESDAY, "torsdag", DayOfWeek.THURSDAY,
            "fredag", DayOfWeek.FRIDAY, "lördag", DayOfWeek.SATURDAY, "söndag", DayOfWeek.SUNDAY);

    public static final String MONTH_NAMES = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
    private static final String MONTH = "(" + MONTH_NAMES + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?,?\\s+(?:den\\s+)?)?";
    private static final Pattern TEXTUAL = Pattern.compile(
            "(?iu)(?=[\\dmtoflsd])(?<![\\p{L}\\d])" + WEEKDAY + "(?:den\\s+)?(\\d{1,2})(?::e|:a)?\\s+" + MONTH + "\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile(
            "(?iu)(?=[12mtofls])(?<![\\p{L}\\d/.-])" + WEEKDAY + "((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile(
            "(?iu)(?=[\\dmtofls])(?<![\\p{L}\\d/.-])" + WEEKDAY + "(\\d{1,2})/(\\d{1,2})(?:\\s+|-|/)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:])");
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])[:.]([0-5]\\d)\\s*(?:-|–|—|till)\\s*([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:])");

    /**
     * The hours after "kl" as a run of times, the dashes lost or a break between them ("kl. 13.00
     * 15.30", "kl. 09.00 11.45 12.30 16.15"): the first time starts the meeting, the last ends it.
     */
    private static final Pattern TIME_RUN = Pattern.compile(
            "(?iu)\\bkl(?:\\.|ockan)?\\s*((?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s*(?:-|–|—|,)?\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d)+)(?![\\d:])");

    private SwedishDates() {
    }

    /**
     * Every date in {@code text}, in order. Every form has a year (19xx or 20xx), the ISO form a
     * '-' and the slashed form a '/': a text without them is not searched (most lines of a
     * document have no date, and the three patterns cost a quarter of an import;
     * docs/performance.md).
     */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (!hasYear(text)) {
            return out;
        }
        Matcher m = ISO.matcher(text);
        if (text.indexOf('-') >= 0) {
            while (m.find()) {
                out.add(found(m, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
        }
        m = TEXTUAL.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(3).toLowerCase(SwedishText.LOCALE));
            if (month != null) {
                out.add(found(m, m.group(1), Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(2))));
            }
        }
        m = SLASHED.matcher(text);
        if (text.indexOf('/') >= 0) {
            while (m.find()) {
                out.add(found(m, m.group(1), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))));
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        // overlapping matches: keep the first, longest
        List<Found> result = new ArrayList<>();
        for (Found f : out) {
            if (result.isEmpty() || f.start() >= result.get(result.size() - 1).end()) {
                result.add(f);
            }
        }
        return result;
    }

    /** Whether {@code text} has "19" or "20" and two more digits, the year every date pattern needs. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (((a == '1' && b == '9') || (a == '2' && b == '0')) && digit(text.charAt(i + 2)) && digit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The valid dates in {@code text} written with a weekday ("fredagen den 11 november 2023",
     * "onsdag 2020-03-11"), in order. Every weekday name ends in "dag": a text without it is not
     * searched.
     */
    public static List<Found> withWeekday(String text) {
        if (text == null || !containsDag(text)) {
            return List.of();
        }
        return find(text).stream().filter(f -> f.weekday() != null && f.date() != null).toList();
    }

    private static boolean containsDag(String text) {
        for (int i = text.length() - 3; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == 'd' || c == 'D') && text.regionMatches(true, i, "dag", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** The Swedish name of a weekday ("fredag"), or null. */
    public static String weekdayName(DayOfWeek day) {
        return day == null ? null : WEEKDAY_NAMES[day.getValue() - 1];
    }

    /** The first valid date in {@code text}, or null. */
    public static LocalDate first(String text) {
        if (text == null) {
            return null;
        }
        return find(text).stream().map(Found::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Found found(Matcher m, String weekday, int year, int month, int day) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            date = null;
        }
        DayOfWeek stated = weekday == null ? null : WEEKDAYS.get(weekday.toLowerCase(SwedishText.LOCALE));
        return new Found(m.start(), m.end(), m.group().trim(), date, stated);
    }

    /** The month a Swedish month name denotes, or null. */
    public static Integer month(String name) {
        return name == null ? null : MONTHS.get(name.toLowerCase(SwedishText.LOCALE).replace(".", ""));
    }

    /** Start and end time in a text ("15:00-16:30", "kl. 13.00 – 14.50", "kl. 13.00 15.30"); either may be null. */
    public static LocalTime[] times(String text) {
        if (text == null) {
            return new LocalTime[2];
        }
        String withoutDates = ISO.matcher(text).replaceAll(" ");
        Matcher run = TIME_RUN.matcher(withoutDates);
        if (run.find()) {
            List<LocalTime> times = new ArrayList<>();
            Matcher t = TIME.matcher(run.group(1));
            while (t.find()) {
                times.add(LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2))));
            }
            boolean ascending = true;
            for (int k = 1; k < times.size(); k++) {
                ascending &= times.get(k).isAfter(times.get(k - 1));
            }
            if (ascending && times.size() >= 2) {
                return new LocalTime[] {times.get(0), times.get(times.size() - 1)};
            }
        }
        Matcher range = TIME_RANGE.matcher(withoutDates);
        if (range.find()) {
            return new LocalTime[] {
                LocalTime.of(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))),
                LocalTime.of(Integer.parseInt(range.group(3)), Integer.parseInt(range.group(4)))};
        }
        Matcher single = TIME.matcher(withoutDates);
        if (single.find()) {
            return new LocalTime[] {LocalTime.of(Integer.parseInt(single.group(1)), Integer.parseInt(single.group(2))), null};
        }
        return new LocalTime[2];
    }

    /** Removes dates and times from a text (to leave the place of "Plats och tid"). */
    public static String withoutDatesAndTimes(String text) {
        String s = ISO.matcher(text).replaceAll(" ");
        s = TEXTUAL.matcher(s).replaceAll(" ");
        s = TIME_RANGE.matcher(s).replaceAll(" ");
        s = TIME.matcher(s).replaceAll(" ");
        s = s.replaceAll("(?iu)\\b(kl\\.?|klockan|kl)(?=\\s|$)", " ");
        return s.replaceAll("\\s+", " ").trim();
    }
}
