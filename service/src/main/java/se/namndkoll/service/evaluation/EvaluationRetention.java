package se.namndkoll.service.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.OptionalInt;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import se.namndkoll.service.config.NamndkollProperties;

/**
 * Removes decision-log entries older than {@code namndkoll.evaluations.retention-days} (0 keeps
 * everything): at start and then on {@code namndkoll.evaluations.purge-cron}.
 *
 * <p>Replicas share the database, and each one schedules the purge; ShedLock's lock in the
 * {@code shedlock} table (the database's own time, so the instances' clocks do not matter) lets one
 * instance run it per schedule. A scheduled run keeps its lock until shortly before the next
 * scheduled run (at most five minutes), so an instance whose scheduler fires later finds it taken; a lock outlives a killed instance by at most ten minutes. The purge at start only
 * excludes a concurrent run (replicas started together purge once; one started later purges again,
 * which removes nothing new).
 */
@Component
public class EvaluationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRetention.class);

    /** The lock's name in the {@code shedlock} table. */
    public static final String LOCK = "evaluation-retention";
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);
    static final Duration SCHEDULED_LOCK_AT_MOST_LEAST = Duration.ofMinutes(5);

    private final EvaluationStore store;
    private final int retentionDays;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final CronExpression cron;
    private final MeterRegistry meters;

    public EvaluationRetention(EvaluationStore store, NamndkollProperties properties, Clock clock, LockProvider lockProvider,
            MeterRegistry meters) {
        this.store = store;
        this.retentionDays = properties.evaluations().retentionDays();
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.cron = CronExpression.parse(properties.evaluations().purgeCron());
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        purge();
    }

    /** The scheduled purge: once per schedule across every instance on the database. */
    @Scheduled(cron = "${namndkoll.evaluations.purge-cron:0 30 3 * * *}", zone = "${namndkoll.time-zone:Europe/Stockholm}")
    public OptionalInt scheduledPurge() {
        return purge(lockAtLeastFor(cron, ZonedDateTime.now(clock)), "schedule");
    }

    /**
     * Purges now unless another instance is purging.
     *
     * @return the entries removed, or empty when another instance held the lock
     */
    public OptionalInt purge() {
        return purge(Duration.ZERO, "start");
    }

    private OptionalInt purge(Duration lockAtLeastFor, String trigger) {
        if (retentionDays <= 0) {
            return OptionalInt.of(0);
        }
        LockConfiguration lock = new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST, lockAtLeastFor);
        LockingTaskExecutor.TaskResult<Integer> result;
        try {
            result = locks.executeWithLock(this::deleteExpired, lock);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        Counter.builder("namndkoll.evaluations.purges").tag("trigger", trigger).tag("outcome", result.wasExecuted() ? "ran" : "skipped")
                .description("Retention purges run by this instance (ran), or left to another that held the lock (skipped)")
                .register(meters).increment();
        if (!result.wasExecuted()) {
            LOG.debug("Decision log purge: another instance holds the lock");
            return OptionalInt.empty();
        }
        return OptionalInt.of(result.getResult());
    }

    private int deleteExpired() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int removed = store.deleteBefore(cutoff);
        if (removed > 0) {
            LOG.info("Decision log: {} entries older than {} days removed", removed, retentionDays);
        }
        return removed;
    }

    /**
     * How long a scheduled run holds the lock: until shortly before the schedule's next run (a quarter
     * of the interval, at most a second, before it), and at most five minutes. Another instance whose
     * scheduler fires late for the same run (a busy machine) finds the lock still held; the next run
     * finds it free.
     */
    static Duration lockAtLeastFor(CronExpression cron, ZonedDateTime now) {
        ZonedDateTime next = cron.next(now);
        ZonedDateTime after = next == null ? null : cron.next(next);
        if (after == null) {
            return Duration.ZERO;
        }
        Duration quarter = Duration.between(next, after).dividedBy(4);
        Duration margin = quarter.compareTo(Duration.ofSeconds(1)) < 0 ? quarter : Duration.ofSeconds(1);
        Duration untilNext = Duration.between(now, next).minus(margin);
        if (untilNext.isNegative()) {
            return Duration.ZERO;
        }
        return untilNext.compareTo(SCHEDULED_LOCK_AT_MOST_LEAST) > 0 ? SCHEDULED_LOCK_AT_MOST_LEAST : untilNext;
    }
}
