package se.namndkoll.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SwedishDatesTest {

    @Test
    void readsEveryFormSwedishDocumentsUse() {
        assertThat(SwedishDates.find("Möte 2020-02-14")).singleElement().extracting(SwedishDates.Found::date).isEqualTo(LocalDate.of(2020, 2, 14));
        assertThat(SwedishDates.find("sammanträdet den 6 december 2019 § 31")).singleElement()
                .satisfies(f -> {
                    assertThat(f.date()).isEqualTo(LocalDate.of(2019, 12, 6));
                    assertThat(f.text()).isEqualTo("den 6 december 2019");
                });
        assertThat(SwedishDates.find("Fredagen den 11 november 2023 kl. 9")).singleElement()
                .satisfies(f -> {
                    assertThat(f.date()).isEqualTo(LocalDate.of(2023, 11, 11));
                    assertThat(f.weekday()).isEqualTo(DayOfWeek.FRIDAY);
                });
        assertThat(SwedishDates.find("tisdag 2020-04-14")).singleElement().extracting(SwedishDates.Found::weekday).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(SwedishDates.find("den 6 dec. 2019")).singleElement().extracting(SwedishDates.Found::date).isEqualTo(LocalDate.of(2019, 12, 6));
        assertThat(SwedishDates.find("6/12 2019")).singleElement().extracting(SwedishDates.Found::date).isEqualTo(LocalDate.of(2019, 12, 6));
        assertThat(SwedishDates.find("Onsdag 1:a april 2020")).singleElement().extracting(SwedishDates.Found::date).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    /** The patterns are tried only where a date can start (a digit, a weekday, "den"), in any case. */
    @Test
    void readsDatesInCapitalsAndAfterOtherText() {
        assertThat(SwedishDates.find("FREDAGEN DEN 11 NOVEMBER 2023")).singleElement()
                .satisfies(f -> {
                    assertThat(f.date()).isEqualTo(LocalDate.of(2023, 11, 11));
                    assertThat(f.weekday()).isEqualTo(DayOfWeek.FRIDAY);
                });
        assertThat(SwedishDates.find("Lördag 2020-04-11, Söndag 12/4 2020, DEN 13 APRIL 2020")).extracting(SwedishDates.Found::date)
                .containsExactly(LocalDate.of(2020, 4, 11), LocalDate.of(2020, 4, 12), LocalDate.of(2020, 4, 13));
        assertThat(SwedishDates.find("Protokollet justeras av ordföranden")).isEmpty();
        assertThat(SwedishDates.find("x2020-04-11 och 2020-04-111")).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsFoundButHasNoDate() {
        assertThat(SwedishDates.find("anslaget 2019-02-30")).singleElement().extracting(SwedishDates.Found::date).isNull();
    }

    @Test
    void registryNumbersAndYearsAloneAreNotDates() {
        assertThat(SwedishDates.find("Ärendenr 2022/3-2.2.0.1, GNS/13/2019, budget 2020, den 5 juni")).isEmpty();
    }

    @Test
    void readsMeetingTimes() {
        assertThat(SwedishDates.times("Video (Skype) och Luleå 15:00-16:30, 2020-03-11")).containsExactly(LocalTime.of(15, 0), LocalTime.of(16, 30));
        assertThat(SwedishDates.times("Teams, kl. 13:00 - 14:50")).containsExactly(LocalTime.of(13, 0), LocalTime.of(14, 50));
        assertThat(SwedishDates.times("kl 9.00–12.00")).containsExactly(LocalTime.of(9, 0), LocalTime.of(12, 0));
        // the dash lost in a transcript, a break between the hours: the first starts, the last ends
        assertThat(SwedishDates.times("Skara den 13 april 2012 kl. 13.00 15.30")).containsExactly(LocalTime.of(13, 0), LocalTime.of(15, 30));
        assertThat(SwedishDates.times("kl. 09.00 11.45 12.30 16.15. Föreläsningssalen")).containsExactly(LocalTime.of(9, 0), LocalTime.of(16, 15));
        // not in order: no run, the first time alone
        assertThat(SwedishDates.times("kl. 15.30 13.00")).containsExactly(LocalTime.of(15, 30), null);
        assertThat(SwedishDates.withoutDatesAndTimes("Video (Skype) och Luleå 15:00-16:30, 2020-03-11")).isEqualTo("Video (Skype) och Luleå ,");
    }

    @Test
    void onlyValidDatesWithAWeekdayAreDatesWithAWeekday() {
        assertThat(SwedishDates.withWeekday("Möte 2020-03-11 och onsdag 2020-03-11, fredag 30 februari 2020"))
                .singleElement().satisfies(f -> {
                    assertThat(f.date()).isEqualTo(LocalDate.of(2020, 3, 11));
                    assertThat(f.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
                });
        assertThat(SwedishDates.withWeekday("Protokoll 2020-03-11")).isEmpty();
        assertThat(SwedishDates.withWeekday(null)).isEmpty();
        assertThat(SwedishDates.weekdayName(DayOfWeek.SATURDAY)).isEqualTo("lördag");
        assertThat(SwedishDates.weekdayName(null)).isNull();
    }
}
