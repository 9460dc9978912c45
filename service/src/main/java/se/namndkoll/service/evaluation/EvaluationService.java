package se.namndkoll.service.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.config.NamndkollProperties;

/** Reading the decision log. */
@Service
public class EvaluationService {

    private final EvaluationStore store;
    private final ZoneId zone;

    public EvaluationService(EvaluationStore store, NamndkollProperties properties) {
        this.store = store;
        this.zone = properties.timeZone();
    }

    /**
     * Entries newest first.
     *
     * @param from first day (inclusive, in the service's time zone), or {@code null}
     * @param to last day (inclusive), or {@code null}
     */
    public EvaluationStore.Page search(String committeeId, LocalDate from, LocalDate to, int page, int size) {
        return store.search(committeeId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                page, size);
    }

    public EvaluationRecord get(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("evaluation", id);
        }
        return store.find(uuid).orElseThrow(() -> new NotFoundException("evaluation", id));
    }
}
