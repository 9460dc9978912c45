package se.namndkoll.service.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.namndkoll.service.config.NamndkollProperties;

/**
 * Removes decision-log entries older than {@code namndkoll.evaluations.retention-days} (0 keeps
 * everything): at start and then on {@code namndkoll.evaluations.purge-cron}.
 */
@Component
public class EvaluationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRetention.class);

    private final EvaluationStore store;
    private final int retentionDays;
    private final Clock clock;

    public EvaluationRetention(EvaluationStore store, NamndkollProperties properties, Clock clock) {
        this.store = store;
        this.retentionDays = properties.evaluations().retentionDays();
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        purge();
    }

    @Scheduled(cron = "${namndkoll.evaluations.purge-cron:0 30 3 * * *}", zone = "${namndkoll.time-zone:Europe/Stockholm}")
    public int purge() {
        if (retentionDays <= 0) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int removed = store.deleteBefore(cutoff);
        if (removed > 0) {
            LOG.info("Decision log: {} entries older than {} days removed", removed, retentionDays);
        }
        return removed;
    }
}
