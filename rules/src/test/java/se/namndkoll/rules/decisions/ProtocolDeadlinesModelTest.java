package se.namndkoll.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModels;

/**
 * kl-protokoll-frister.dmn evaluated on its own: the periods come from its table and the last days
 * are rolled forward inside the model, through the calendar called as externally defined Java
 * functions.
 */
class ProtocolDeadlinesModelTest {

    private static DecisionRunner dmn;

    @BeforeAll
    static void load() throws ReflectiveOperationException {
        Application application = (Application) Class.forName("org.kie.kogito.app.Application").getDeclaredConstructor().newInstance();
        dmn = new DecisionRunner(application.get(DecisionModels.class));
    }

    private static Map<String, Object> evaluate(String meeting, String adjusted, String deadline, String posted) {
        return evaluate(meeting, adjusted, deadline, posted, null);
    }

    private static Map<String, Object> evaluate(String meeting, String adjusted, String deadline, String posted, String lastAnnouncement) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("lastAnnouncementOn", date(lastAnnouncement));
        inputs.put("meetingDate", date(meeting));
        inputs.put("adjustedOn", date(adjusted));
        inputs.put("adjustmentDeadline", date(deadline));
        inputs.put("noticePostedOn", date(posted));
        return dmn.evaluate(DmnModels.PROTOCOL_DEADLINES, inputs);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Test
    void thePeriodsComeFromTheTable() {
        Map<String, Object> r = evaluate("2020-03-11", null, null, null);
        assertThat(r.get("adjustmentPeriodDays")).isEqualTo(new BigDecimal("14"));
        assertThat(r.get("postingPeriodDays")).isEqualTo(new BigDecimal("2"));
        assertThat((BigDecimal) r.get("appealPeriodDays")).isEqualByComparingTo("21");
    }

    @Test
    void seed002WithoutJusteringDate() {
        Map<String, Object> r = evaluate("2020-03-11", null, null, "2020-04-14");
        assertThat(r.get("lastAdjustmentDay")).isEqualTo(date("2020-03-25"));
        assertThat(r.get("latestLawfulAdjustment")).isEqualTo(date("2020-03-25"));
        assertThat(r.get("latestLawfulPosting")).isEqualTo(date("2020-03-27"));
        assertThat(r.get("earliestLawfulAdjustment")).isEqualTo(date("2020-04-08"));
        assertThat(r.get("appealEnd")).isEqualTo(date("2020-05-05"));
        assertThat(r).doesNotContainKey("lastPostingDay");
    }

    @Test
    void seed003WithASenastDate() {
        Map<String, Object> r = evaluate("2022-03-16", null, "2022-03-30", "2022-04-01");
        assertThat(r.get("lastAdjustmentDay")).isEqualTo(date("2022-03-30"));
        assertThat(r.get("latestLawfulAdjustment")).isEqualTo(date("2022-03-30"));
        assertThat(r.get("latestLawfulPosting")).isEqualTo(date("2022-04-01"));
        assertThat(r.get("earliestLawfulAdjustment")).isEqualTo(date("2022-03-30"));
        assertThat(r.get("appealEnd")).isEqualTo(date("2022-04-22"));
    }

    @Test
    void anEarlierSenastDateLimitsTheLatestLawfulJustering() {
        Map<String, Object> r = evaluate("2022-03-16", null, "2022-03-23", null);
        assertThat(r.get("latestLawfulAdjustment")).isEqualTo(date("2022-03-23"));
        assertThat(r.get("latestLawfulPosting")).isEqualTo(date("2022-03-25"));
    }

    @Test
    void everyLastDayRollsForwardOverWeekendsAndHolidays() {
        // Day 14 is midsommardagen 2023-06-24; justering on Thursday 2023-06-22 puts day 2 on midsommarafton.
        Map<String, Object> r = evaluate("2023-06-10", "2023-06-22", null, "2023-06-26");
        assertThat(r.get("lastAdjustmentDay")).isEqualTo(date("2023-06-26"));
        assertThat(r.get("lastPostingDay")).isEqualTo(date("2023-06-26"));
        // 2023-06-26 + 21 = Monday 2023-07-17, an ordinary day.
        assertThat(r.get("appealEnd")).isEqualTo(date("2023-07-17"));
        // Posted Thursday 2020-12-03: three weeks is julafton, then juldagen and the weekend.
        assertThat(evaluate("2020-11-20", null, null, "2020-12-03").get("appealEnd")).isEqualTo(date("2020-12-28"));
    }

    @Test
    void aGemensamNamndsAppealPeriodRunsFromTheLastAnnouncement() {
        // the host posted on Friday 2024-05-24, the last party on Friday 2024-05-31: three weeks later is
        // midsommarafton 2024-06-21, then midsommardagen and a Sunday, so the period ends on Monday 2024-06-24
        Map<String, Object> r = evaluate("2024-05-20", "2024-05-22", null, "2024-05-24", "2024-05-31");
        assertThat(r.get("appealEnd")).isEqualTo(LocalDate.parse("2024-06-14"));
        assertThat(r.get("jointAppealEnd")).isEqualTo(LocalDate.parse("2024-06-24"));
        assertThat(evaluate("2024-05-20", null, null, null, null).get("jointAppealEnd")).isNull();
    }
}
