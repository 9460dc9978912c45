package se.namndkoll.service.evaluation;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component "evaluationLog": down when the writer thread has died. */
@Component
public class EvaluationLogHealthIndicator implements HealthIndicator {

    private final EvaluationLog log;

    public EvaluationLogHealthIndicator(EvaluationLog log) {
        this.log = log;
    }

    @Override
    public Health health() {
        Health.Builder builder = !log.isRunning() || log.workerAlive() ? Health.up() : Health.down();
        return builder.withDetail("queued", log.queued())
                .withDetail("written", log.writtenCount())
                .withDetail("dropped", log.droppedCount())
                .withDetail("failed", log.failedCount())
                .build();
    }
}
