package se.namndkoll.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** How long a scheduled purge holds the lock that lets one replica run it per schedule. */
class EvaluationRetentionTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final CronExpression EVERY_FOUR_SECONDS = CronExpression.parse("*/4 * * * * *");

    private static ZonedDateTime at(int second, int millis) {
        return ZonedDateTime.of(2026, 3, 11, 3, 30, second, millis * 1_000_000, STOCKHOLM);
    }

    @Test
    void aRunOnTimeHoldsTheLockUntilASecondBeforeTheNextRun() {
        assertThat(EvaluationRetention.lockAtLeastFor(EVERY_FOUR_SECONDS, at(0, 100))).isEqualTo(Duration.ofMillis(2_900));
    }

    @Test
    void aLateFiringOfTheSameRunStillFindsTheLockHeldAndTheNextRunFindsItFree() {
        // the first instance ran at :00.1 and holds the lock until :03.0; a firing 2.5 s late is inside it
        ZonedDateTime lockedUntil = at(0, 100).plus(EvaluationRetention.lockAtLeastFor(EVERY_FOUR_SECONDS, at(0, 100)));
        assertThat(at(2, 500)).isBefore(lockedUntil);
        assertThat(at(4, 0)).isAfter(lockedUntil);
        // a firing so late that it is within the margin of the next run holds nothing beyond it
        assertThat(EvaluationRetention.lockAtLeastFor(EVERY_FOUR_SECONDS, at(3, 0))).isEqualTo(Duration.ZERO);
        assertThat(EvaluationRetention.lockAtLeastFor(EVERY_FOUR_SECONDS, at(3, 500))).isEqualTo(Duration.ZERO);
        assertThat(EvaluationRetention.lockAtLeastFor(EVERY_FOUR_SECONDS, at(2, 999))).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aDailyRunHoldsTheLockForFiveMinutes() {
        CronExpression daily = CronExpression.parse("0 30 3 * * *");
        assertThat(EvaluationRetention.lockAtLeastFor(daily, at(0, 0))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aScheduleOfLessThanFourSecondsKeepsAQuarterOfItsIntervalFree() {
        CronExpression everySecond = CronExpression.parse("* * * * * *");
        assertThat(EvaluationRetention.lockAtLeastFor(everySecond, at(0, 0))).isEqualTo(Duration.ofMillis(750));
    }
}
