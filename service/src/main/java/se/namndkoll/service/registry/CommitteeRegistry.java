package se.namndkoll.service.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.check.FactReading;
import se.namndkoll.service.check.InputError;
import se.namndkoll.service.check.InvalidInputException;
import se.namndkoll.service.security.Caller;

/**
 * The committee registry's use cases. Changes are guarded by entity tags: replacing or deleting an
 * existing committee needs {@code If-Match} with its current ETag (428 without, 412 when it has
 * changed), so two secretaries cannot overwrite each other's edits silently. Creating a committee
 * needs no precondition ({@code If-None-Match: *} makes the create-only intent explicit).
 */
@Service
public class CommitteeRegistry {

    private final CommitteeStore store;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CommitteeRegistry(CommitteeStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    public Optional<RegisteredCommittee> find(String id) {
        return store.find(id);
    }

    public RegisteredCommittee get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("committee", id));
    }

    public List<RegisteredCommittee> all() {
        return store.all();
    }

    /** The result of a PUT: the stored committee and whether it was created. */
    public record Saved(RegisteredCommittee committee, boolean created) {
    }

    /**
     * Creates or replaces the committee {@code id} with {@code body}.
     *
     * @param ifMatch the If-Match header, {@code null} when absent
     * @param ifNoneMatch the If-None-Match header, {@code null} when absent ("*": create only)
     */
    @Transactional
    public Saved put(String id, JsonNode body, String ifMatch, String ifNoneMatch, Caller caller) {
        Committee committee = read(id, body);
        Optional<RegisteredCommittee> current = store.find(id);
        if (current.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new PreconditionFailedException(null);
            }
            try {
                return new Saved(store.insert(committee, caller.id(), clock.instant()), true);
            } catch (DuplicateKeyException e) {
                throw new PreconditionFailedException(store.findLatest(id).map(RegisteredCommittee::etag).orElse(null));
            }
        }
        RegisteredCommittee existing = current.get();
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            throw new PreconditionFailedException(existing.etag());
        }
        long expected = expectedVersion(ifMatch, existing);
        return store.update(committee, expected, caller.id(), clock.instant())
                .map(saved -> new Saved(saved, false))
                .orElseThrow(() -> new PreconditionFailedException(store.findLatest(id).map(RegisteredCommittee::etag).orElse(null)));
    }

    @Transactional
    public void delete(String id, String ifMatch, Caller caller) {
        RegisteredCommittee existing = get(id);
        long expected = expectedVersion(ifMatch, existing);
        if (!store.delete(id, expected, caller.id(), clock.instant())) {
            throw new PreconditionFailedException(store.findLatest(id).map(RegisteredCommittee::etag).orElse(null));
        }
    }

    private static long expectedVersion(String ifMatch, RegisteredCommittee existing) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (ifMatch.trim().equals("*")) {
            return existing.version();
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                continue; // If-Match uses the strong comparison (RFC 9110 13.1.1)
            }
            if (t.equals(existing.etag())) {
                return existing.version();
            }
        }
        throw new PreconditionFailedException(existing.etag());
    }

    private Committee read(String id, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(InputError.at("", "wrong-type", java.util.Map.of("expected", "object")));
        }
        FactReading<Committee> reading = FactReading.read(mapper, (ObjectNode) body, Committee.class, "");
        Committee committee = reading.value();
        List<InputError> errors = new java.util.ArrayList<>(reading.errors());
        if (committee != null && committee.id() != null && !committee.id().equals(id)) {
            errors.add(InputError.at("/id", "id-mismatch", java.util.Map.of("id", id)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return committee;
    }
}
