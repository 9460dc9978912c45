package se.namndkoll.service.registry;

import java.time.Instant;
import se.namndkoll.rules.model.Committee;

/**
 * A committee as stored in the registry.
 *
 * @param committee the committee with its parties, seats and dated terms
 * @param version incremented on every change; the ETag is derived from it
 * @param updatedAt when it was last written
 * @param updatedBy the API key id (or "anonymous", or "reference-data") that wrote it
 */
public record RegisteredCommittee(Committee committee, long version, Instant updatedAt, String updatedBy) {

    public String id() {
        return committee.id();
    }

    /** The strong entity tag of this version, quoted as HTTP wants it. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
