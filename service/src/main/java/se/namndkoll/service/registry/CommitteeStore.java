package se.namndkoll.service.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.namndkoll.service.config.DatabaseDurability;
import se.namndkoll.rules.model.Committee;

/**
 * The committee registry's tables: {@code committee} holds the current version of each committee as
 * JSON text with a version column; {@code committee_revision} keeps every version written (and each
 * deletion), so a logged evaluation's committee version can be looked up later. Portable SQL: the
 * same statements run on H2 and PostgreSQL.
 */
@Repository
public class CommitteeStore {

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final DatabaseDurability durability;

    public CommitteeStore(JdbcClient jdbc, ObjectMapper mapper, DatabaseDurability durability) {
        this.durability = durability;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public Optional<RegisteredCommittee> find(String id) {
        return jdbc.sql("SELECT document, version, updated_at, updated_by FROM committee WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /**
     * The committee as the last committed write left it, waiting for a write in flight on its row
     * ({@code FOR UPDATE}): after a conditional update or delete found another version, this is the
     * version a 412 names. A plain read could still see the version before a concurrent write that
     * the database has already counted against the condition but not yet committed.
     */
    public Optional<RegisteredCommittee> findLatest(String id) {
        return jdbc.sql("SELECT document, version, updated_at, updated_by FROM committee WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::row)
                .optional();
    }

    public List<RegisteredCommittee> all() {
        return jdbc.sql("SELECT document, version, updated_at, updated_by FROM committee ORDER BY id").query(this::row).list();
    }

    /** Inserts a committee that does not exist; its version continues after any deleted one's. */
    public RegisteredCommittee insert(Committee committee, String by, Instant at) {
        long version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM committee_revision WHERE committee_id = ?")
                .param(committee.id()).query(Long.class).single() + 1;
        String json = json(committee);
        jdbc.sql("INSERT INTO committee (id, name, version, document, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(committee.id(), committee.name(), version, json, utc(at), by)
                .update();
        revision(committee.id(), version, json, at, by, "PUT");
        return new RegisteredCommittee(committee, version, at, by);
    }

    /** Replaces version {@code expected}; empty when the stored version is another. */
    public Optional<RegisteredCommittee> update(Committee committee, long expected, String by, Instant at) {
        String json = json(committee);
        int rows = jdbc.sql("UPDATE committee SET name = ?, version = ?, document = ?, updated_at = ?, updated_by = ?"
                        + " WHERE id = ? AND version = ?")
                .params(committee.name(), expected + 1, json, utc(at), by, committee.id(), expected)
                .update();
        if (rows == 0) {
            return Optional.empty();
        }
        revision(committee.id(), expected + 1, json, at, by, "PUT");
        return Optional.of(new RegisteredCommittee(committee, expected + 1, at, by));
    }

    /** Deletes version {@code expected}; false when the stored version is another. */
    public boolean delete(String id, long expected, String by, Instant at) {
        int rows = jdbc.sql("DELETE FROM committee WHERE id = ? AND version = ?").params(id, expected).update();
        if (rows == 0) {
            return false;
        }
        revision(id, expected + 1, null, at, by, "DELETE");
        return true;
    }

    /** Every write ends here (the committee row and its revision row): durable once committed. */
    private void revision(String id, long version, String json, Instant at, String by, String change) {
        durability.storeAfterCommit();
        jdbc.sql("INSERT INTO committee_revision (committee_id, version, document, changed_at, changed_by, change_kind)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, version, json, utc(at), by, change)
                .update();
    }

    private RegisteredCommittee row(ResultSet rs, int n) throws SQLException {
        try {
            Committee committee = mapper.readValue(rs.getString("document"), Committee.class);
            OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
            return new RegisteredCommittee(committee, rs.getLong("version"), at.toInstant(), rs.getString("updated_by"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored committee cannot be read", e);
        }
    }

    private String json(Committee committee) {
        try {
            return mapper.writeValueAsString(committee);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
