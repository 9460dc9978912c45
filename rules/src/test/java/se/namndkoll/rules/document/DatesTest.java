package se.namndkoll.rules.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.DateMention;
import se.namndkoll.rules.model.DateRole;

class DatesTest {

    @Test
    void weekdayNames() {
        assertThat(Dates.swedish(DayOfWeek.SATURDAY)).isEqualTo("lördag");
        assertThat(Dates.english(DayOfWeek.SATURDAY)).isEqualTo("Saturday");
        assertThat(Dates.swedish(null)).isNull();
    }

    @Test
    void datesWrittenWithAWeekdayAreRead() {
        List<WrittenDate> dates = Dates.withWeekday("Sammanträde fredagen den 11 november 2023 kl. 9 och onsdag 2020-03-11.");
        assertThat(dates).hasSize(2);
        assertThat(dates.get(0).date()).isEqualTo(LocalDate.of(2023, 11, 11));
        assertThat(dates.get(0).statedWeekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(dates.get(0).weekdayMatches()).isFalse();
        assertThat(dates.get(1).weekdayMatches()).isTrue();
        assertThat(Dates.withWeekday("Tisdag 14 apr. 2020")).singleElement().extracting(WrittenDate::weekdayMatches).isEqualTo(true);
        assertThat(Dates.withWeekday("Måndagen den 6:e sept 2021")).singleElement().extracting(WrittenDate::date).isEqualTo(LocalDate.of(2021, 9, 6));
    }

    @Test
    void onlyWrongWeekdaysAreReturnedAndImpossibleDatesAreSkipped() {
        assertThat(Dates.wrongWeekdays("Fredagen den 6 december 2019")).isEmpty();
        assertThat(Dates.wrongWeekdays("Torsdagen den 6 december 2019")).singleElement().extracting(WrittenDate::text)
                .isEqualTo("Torsdagen den 6 december 2019");
        assertThat(Dates.withWeekday("måndag 30 februari 2020")).isEmpty();
        assertThat(Dates.withWeekday("fredag den 11 november")).isEmpty();
        assertThat(Dates.withWeekday(null)).isEmpty();
    }

    @Test
    void theMeetingDateMostMentionsGiveWins() {
        DateMention a = new DateMention("E-nämnden 2022-03-16", LocalDate.of(2022, 3, 16), null, DateRole.MEETING, 1);
        DateMention b = new DateMention("Sammanträdesdatum 2022-03-15", LocalDate.of(2022, 3, 15), null, DateRole.MEETING, 30);
        DateMention c = new DateMention("E-nämnden 2022-03-16", LocalDate.of(2022, 3, 16), null, DateRole.MEETING, 60);
        DateMention other = new DateMention("senast 2022-03-30", LocalDate.of(2022, 3, 30), null, DateRole.OTHER, 10);
        List<DateConflict> conflicts = Dates.meetingConflicts(List.of(a, b, c, other));
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.mention()).isSameAs(b);
            assertThat(conflict.meetingDate()).isEqualTo(LocalDate.of(2022, 3, 16));
            assertThat(conflict.mentions()).isEqualTo(2);
        });
        assertThat(Dates.meetingConflicts(List.of(a, c, other))).isEmpty();
        // On a tie the first mention wins.
        assertThat(Dates.meetingConflicts(List.of(b, a))).singleElement().extracting(DateConflict::mention).isSameAs(b);
    }
}
