package se.namndkoll.rules.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Swedish calendar of statutory time limits.
 *
 * <p><b>Allmänna helgdagar</b>, lag (1989:253) 1 §: every Sunday, nyårsdagen (1 January),
 * trettondedag jul (6 January), långfredagen, påskdagen, annandag påsk, första maj,
 * Kristi himmelsfärdsdag, pingstdagen, nationaldagen (6 June), midsommardagen (the Saturday
 * 20–26 June), alla helgons dag (the Saturday 31 October–6 November), juldagen (25 December) and
 * annandag jul (26 December). The law was amended with effect from 2005 (SFS 2004:1255): nationaldagen
 * became a holiday and annandag pingst ceased to be one; both years are modelled. Earlier years are
 * computed by the same rules as in force in 2004 (the checker is about protocols under KL 2017:725).
 *
 * <p><b>Roll-forward</b>, lag (1930:173) 2 §: when the last day for an action falls on a Sunday,
 * another public holiday, a Saturday, midsommarafton, julafton or nyårsafton, the action may be
 * taken on the next day that is none of these ({@link #rollForward(LocalDate)}).
 *
 * <p>Pure functions, thread-safe. {@link #rollForward(LocalDate)} is also called from the DMN model
 * {@code kl-protokoll-frister.dmn} as an externally defined Java function.
 */
public final class SwedishCalendar {

    /** First year in which nationaldagen (6 June) is a public holiday and annandag pingst is not. */
    static final int NATIONAL_DAY_FROM = 2005;

    private SwedishCalendar() {
    }

    /** Påskdagen (Easter Sunday) of {@code year}, Gregorian calendar (the anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Midsommardagen: the Saturday from 20 to 26 June. */
    public static LocalDate midsummerDay(int year) {
        return LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** Midsommarafton: the Friday before midsommardagen (19–25 June). */
    public static LocalDate midsummerEve(int year) {
        return midsummerDay(year).minusDays(1);
    }

    /** Alla helgons dag: the Saturday from 31 October to 6 November. */
    public static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /**
     * The named public holidays of {@code year} (lag 1989:253 1 §), by date; Sundays are public
     * holidays too but are not listed.
     */
    public static Map<LocalDate, String> namedHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "nyårsdagen");
        days.put(LocalDate.of(year, 1, 6), "trettondedag jul");
        days.put(easter.minusDays(2), "långfredagen");
        days.put(easter, "påskdagen");
        days.put(easter.plusDays(1), "annandag påsk");
        days.put(LocalDate.of(year, 5, 1), "första maj");
        days.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
        days.put(easter.plusDays(49), "pingstdagen");
        if (year >= NATIONAL_DAY_FROM) {
            days.put(LocalDate.of(year, 6, 6), "nationaldagen");
        } else {
            days.put(easter.plusDays(50), "annandag pingst");
        }
        days.put(midsummerDay(year), "midsommardagen");
        days.put(allSaintsDay(year), "alla helgons dag");
        days.put(LocalDate.of(year, 12, 25), "juldagen");
        days.put(LocalDate.of(year, 12, 26), "annandag jul");
        return days;
    }

    /** The name of the holiday on {@code date}, if it is one of the named public holidays. */
    public static Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(namedHolidays(date.getYear()).get(date));
    }

    /** Whether {@code date} is an allmän helgdag: a Sunday or a named public holiday. */
    public static boolean isPublicHoliday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY || namedHolidays(date.getYear()).containsKey(date);
    }

    /**
     * Whether a last day falling on {@code date} moves forward under lag (1930:173) 2 §: a Sunday or
     * other public holiday, a Saturday, midsommarafton, julafton (24 December) or nyårsafton
     * (31 December).
     */
    public static boolean movesDeadline(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY
                || isPublicHoliday(date)
                || date.equals(midsummerEve(date.getYear()))
                || (date.getMonth() == Month.DECEMBER && (date.getDayOfMonth() == 24 || date.getDayOfMonth() == 31));
    }

    /**
     * The day on which an action whose last day is {@code lastDay} may at the latest be taken
     * (lag 1930:173 2 §): {@code lastDay} itself, or the next day on which a last day does not move.
     * {@code null} gives {@code null} (unknown stays unknown).
     */
    public static LocalDate rollForward(LocalDate lastDay) {
        if (lastDay == null) {
            return null;
        }
        LocalDate day = lastDay;
        while (movesDeadline(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The earliest day from which an action taken on {@code actionDay} is still within {@code days}
     * days, the last day rolled forward under lag (1930:173) 2 §: the least {@code start} with
     * {@code rollForward(start + days) >= actionDay}. Example: a posting on Tuesday 2020-04-14 is within
     * two days of Wednesday 2020-04-08, because the second day, långfredagen, moves to the Tuesday
     * after Easter. {@code null} gives {@code null}.
     */
    public static LocalDate earliestStart(LocalDate actionDay, long days) {
        if (actionDay == null) {
            return null;
        }
        LocalDate start = actionDay.minusDays(days);
        while (!rollForward(start.minusDays(1).plusDays(days)).isBefore(actionDay)) {
            start = start.minusDays(1);
        }
        return start;
    }

    /**
     * The latest day on which something due {@code days} days before {@code day} may be done: the day
     * {@code days} calendar days before, or, with {@code workingDays}, the day {@code days} working
     * days before (a working day, vardag, is one on which a last day does not move: not a Saturday,
     * Sunday, other public holiday, midsommarafton, julafton or nyårsafton). "Senast fem vardagar före
     * sammanträdet" on Monday 2020-03-16 is Monday 2020-03-09. {@code null} gives {@code null}.
     */
    public static LocalDate daysBefore(LocalDate day, int days, boolean workingDays) {
        if (day == null) {
            return null;
        }
        if (!workingDays) {
            return day.minusDays(days);
        }
        LocalDate d = day;
        int counted = 0;
        while (counted < days) {
            d = d.minusDays(1);
            if (!movesDeadline(d)) {
                counted++;
            }
        }
        return d;
    }
}
