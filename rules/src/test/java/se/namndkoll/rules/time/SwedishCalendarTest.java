package se.namndkoll.rules.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishCalendarTest {

    @ParameterizedTest(name = "påskdagen {0} är {1}")
    @CsvSource({
        "2019, 2019-04-21",
        "2020, 2020-04-12",
        "2021, 2021-04-04",
        "2022, 2022-04-17",
        "2023, 2023-04-09",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
    })
    void easterSundayByTheAnonymousGregorianAlgorithm(int year, LocalDate easter) {
        assertThat(SwedishCalendar.easterSunday(year)).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "{0}: midsommardagen {1}, alla helgons dag {2}")
    @CsvSource({
        "2019, 2019-06-22, 2019-11-02",
        "2020, 2020-06-20, 2020-10-31",
        "2021, 2021-06-26, 2021-11-06",
        "2022, 2022-06-25, 2022-11-05",
        "2023, 2023-06-24, 2023-11-04",
        "2024, 2024-06-22, 2024-11-02",
        "2025, 2025-06-21, 2025-11-01",
    })
    void midsummerAndAllSaintsFallOnTheSaturdayOfTheirWeek(int year, LocalDate midsummer, LocalDate allSaints) {
        assertThat(SwedishCalendar.midsummerDay(year)).isEqualTo(midsummer);
        assertThat(SwedishCalendar.midsummerEve(year)).isEqualTo(midsummer.minusDays(1));
        assertThat(SwedishCalendar.allSaintsDay(year)).isEqualTo(allSaints);
    }

    @Test
    void theNamedHolidaysOf2020() {
        assertThat(SwedishCalendar.namedHolidays(2020)).containsExactly(
                entry("2020-01-01", "nyårsdagen"),
                entry("2020-01-06", "trettondedag jul"),
                entry("2020-04-10", "långfredagen"),
                entry("2020-04-12", "påskdagen"),
                entry("2020-04-13", "annandag påsk"),
                entry("2020-05-01", "första maj"),
                entry("2020-05-21", "Kristi himmelsfärdsdag"),
                entry("2020-05-31", "pingstdagen"),
                entry("2020-06-06", "nationaldagen"),
                entry("2020-06-20", "midsommardagen"),
                entry("2020-10-31", "alla helgons dag"),
                entry("2020-12-25", "juldagen"),
                entry("2020-12-26", "annandag jul"));
    }

    @Test
    void nationalDayReplacedWhitMondayIn2005() {
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2004-05-31"))).as("annandag pingst 2004").isTrue();
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2004-06-07"))).as("6 juni 2004 is a Sunday anyway, 7 June is not").isFalse();
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2003-06-06"))).as("6 juni 2003, a Friday").isFalse();
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2005-05-16"))).as("annandag pingst 2005").isFalse();
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2005-06-06"))).as("nationaldagen 2005").isTrue();
        assertThat(SwedishCalendar.holidayName(LocalDate.parse("2024-06-06"))).contains("nationaldagen");
    }

    @Test
    void ascensionAndPentecostFollowEaster() {
        assertThat(SwedishCalendar.holidayName(LocalDate.parse("2023-05-18"))).contains("Kristi himmelsfärdsdag");
        assertThat(SwedishCalendar.holidayName(LocalDate.parse("2023-05-28"))).contains("pingstdagen");
        assertThat(SwedishCalendar.holidayName(LocalDate.parse("2025-05-29"))).contains("Kristi himmelsfärdsdag");
        assertThat(SwedishCalendar.holidayName(LocalDate.parse("2022-04-15"))).contains("långfredagen");
        assertThat(SwedishCalendar.holidayName(LocalDate.parse("2022-04-18"))).contains("annandag påsk");
    }

    @Test
    void sundaysArePublicHolidaysAndSaturdaysAreNot() {
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2022-03-27"))).isTrue();
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse("2022-03-26"))).isFalse();
        assertThat(SwedishCalendar.movesDeadline(LocalDate.parse("2022-03-26"))).isTrue();
    }

    @Test
    void theEvesMoveADeadlineWithoutBeingPublicHolidays() {
        for (String eve : new String[] {"2023-06-23", "2020-12-24", "2019-12-31"}) {
            LocalDate d = LocalDate.parse(eve);
            assertThat(SwedishCalendar.isPublicHoliday(d)).as(eve).isFalse();
            assertThat(SwedishCalendar.movesDeadline(d)).as(eve).isTrue();
        }
        assertThat(SwedishCalendar.movesDeadline(LocalDate.parse("2023-06-22"))).isFalse();
        assertThat(SwedishCalendar.movesDeadline(LocalDate.parse("2020-12-23"))).isFalse();
    }

    @ParameterizedTest(name = "en frist som slutar {0} flyttas till {1}")
    @CsvSource({
        // Ordinary weekdays stay.
        "2020-03-25, 2020-03-25",
        "2022-03-30, 2022-03-30",
        "2020-05-05, 2020-05-05",
        // Saturday and Sunday go to Monday.
        "2022-03-26, 2022-03-28",
        "2022-03-27, 2022-03-28",
        // Easter: långfredagen, påskafton, påskdagen, annandag påsk.
        "2020-04-10, 2020-04-14",
        "2020-04-11, 2020-04-14",
        "2020-04-13, 2020-04-14",
        "2024-03-29, 2024-04-02",
        // Midsommarafton and midsommardagen.
        "2023-06-23, 2023-06-26",
        "2023-06-24, 2023-06-26",
        // Julafton on a Thursday: juldagen Friday, then the weekend.
        "2020-12-24, 2020-12-28",
        // Julafton on a Friday.
        "2021-12-24, 2021-12-27",
        // Nyårsafton on a Tuesday: nyårsdagen Wednesday.
        "2019-12-31, 2020-01-02",
        // Nyårsafton on a Friday: nyårsdagen on Saturday, then Sunday.
        "2021-12-31, 2022-01-03",
        // Trettondedag jul, första maj, Kristi himmelsfärdsdag, nationaldagen, alla helgons dag.
        "2020-01-06, 2020-01-07",
        "2019-05-01, 2019-05-02",
        "2025-05-29, 2025-05-30",
        "2024-06-06, 2024-06-07",
        "2021-11-06, 2021-11-08",
        // Annandag pingst: a holiday in 2004, an ordinary Monday from 2005.
        "2004-05-31, 2004-06-01",
        "2005-05-16, 2005-05-16",
    })
    void aLastDayRollsForwardToTheNextDayThatIsNoneOfTheExcludedDays(LocalDate lastDay, LocalDate expected) {
        assertThat(SwedishCalendar.rollForward(lastDay)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "en åtgärd {0} ligger inom {1} dagar från tidigast {2}")
    @CsvSource({
        // Ordinary week: Friday is within two days of Wednesday only.
        "2022-04-01, 2, 2022-03-30",
        // Monday: the second day after Thursday is a Saturday, which moves to Monday.
        "2022-03-28, 2, 2022-03-24",
        // Tuesday after Easter 2020: långfredagen and annandag påsk stretch the two days back to Wednesday.
        "2020-04-14, 2, 2020-04-08",
        // Three weeks from an anslag: an ordinary Tuesday stays exact.
        "2020-05-05, 21, 2020-04-14",
        // Zero days: the same day, or earlier when that day itself would move.
        "2022-03-30, 0, 2022-03-30",
        "2022-03-28, 0, 2022-03-26",
    })
    void theEarliestStartInvertsTheRollForward(LocalDate actionDay, long days, LocalDate expected) {
        assertThat(SwedishCalendar.earliestStart(actionDay, days)).isEqualTo(expected);
        assertThat(SwedishCalendar.rollForward(expected.plusDays(days))).isAfterOrEqualTo(actionDay);
        assertThat(SwedishCalendar.rollForward(expected.minusDays(1).plusDays(days))).isBefore(actionDay);
    }

    @Test
    void unknownStaysUnknown() {
        assertThat(SwedishCalendar.rollForward(null)).isNull();
        assertThat(SwedishCalendar.earliestStart(null, 2)).isNull();
    }

    @Test
    void everyRolledDayIsAnOrdinaryWeekdayAndNoneIsSkippedWithoutCause() {
        for (LocalDate d = LocalDate.parse("2018-01-01"); d.isBefore(LocalDate.parse("2027-01-01")); d = d.plusDays(1)) {
            LocalDate rolled = SwedishCalendar.rollForward(d);
            assertThat(SwedishCalendar.movesDeadline(rolled)).isFalse();
            assertThat(rolled.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            for (LocalDate between = d; between.isBefore(rolled); between = between.plusDays(1)) {
                assertThat(SwedishCalendar.movesDeadline(between)).isTrue();
            }
            // The longest run: Saturday before a Monday julafton to annandag jul (2018-12-22 to 12-26).
            assertThat(rolled).isBeforeOrEqualTo(d.plusDays(5));
        }
    }

    private static java.util.Map.Entry<LocalDate, String> entry(String date, String name) {
        return java.util.Map.entry(LocalDate.parse(date), name);
    }
}
