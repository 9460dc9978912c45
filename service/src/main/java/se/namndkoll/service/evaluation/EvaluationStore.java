package se.namndkoll.service.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code evaluation} table (portable SQL for H2 and PostgreSQL). */
@Repository
public class EvaluationStore {

    private static final String COLUMNS = "id, recorded_at, kind, label, caller, committee_id, committee_version,"
            + " evaluation_date, input_digest, rule_set_version, verdict, finding_count";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public EvaluationStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A page of entries, newest first, without their findings. */
    public record Page(List<EvaluationRecord> items, long total) {
    }

    /**
     * Inserts the entries whose id is not in the table yet: an entry written again (a Kafka request
     * delivered twice gets the same evaluation id) leaves the first one as it was.
     */
    public void insertAll(List<EvaluationRecord> records) {
        template.batchUpdate("INSERT INTO evaluation (" + COLUMNS + ", findings) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM evaluation WHERE id = ?)",
                records, records.size(), (ps, r) -> {
                    ps.setString(1, r.id().toString());
                    ps.setObject(2, r.recordedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(3, r.kind());
                    ps.setString(4, r.label());
                    ps.setString(5, r.caller());
                    ps.setString(6, r.committeeId());
                    if (r.committeeVersion() == null) {
                        ps.setNull(7, Types.BIGINT);
                    } else {
                        ps.setLong(7, r.committeeVersion());
                    }
                    ps.setObject(8, r.evaluationDate());
                    ps.setString(9, r.inputDigest());
                    ps.setString(10, r.ruleSetVersion());
                    ps.setString(11, r.verdict());
                    ps.setInt(12, r.findingCount());
                    ps.setString(13, r.findingsJson());
                    ps.setString(14, r.id().toString());
                });
    }

    public Optional<EvaluationRecord> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", findings FROM evaluation WHERE id = ?")
                .param(id.toString())
                .query((rs, n) -> row(rs, rs.getString("findings")))
                .optional();
    }

    /**
     * @param committeeId only this committee's entries, or all when {@code null}
     * @param from entries recorded at or after, or {@code null}
     * @param to entries recorded before, or {@code null}
     */
    public Page search(String committeeId, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (committeeId != null) {
            where.append(" AND committee_id = ?");
            params.add(committeeId);
        }
        if (from != null) {
            where.append(" AND recorded_at >= ?");
            params.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" AND recorded_at < ?");
            params.add(to.atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM evaluation" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<EvaluationRecord> items = jdbc.sql("SELECT " + COLUMNS + " FROM evaluation" + where
                        + " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> row(rs, null))
                .list();
        return new Page(items, total);
    }

    /** Removes entries recorded before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM evaluation WHERE recorded_at < ?").param(cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    private static EvaluationRecord row(ResultSet rs, String findings) throws SQLException {
        long version = rs.getLong("committee_version");
        Long committeeVersion = rs.wasNull() ? null : version;
        return new EvaluationRecord(
                UUID.fromString(rs.getString("id")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("kind"),
                rs.getString("label"),
                rs.getString("caller"),
                rs.getString("committee_id"),
                committeeVersion,
                rs.getObject("evaluation_date", LocalDate.class),
                rs.getString("input_digest"),
                rs.getString("rule_set_version"),
                rs.getString("verdict"),
                rs.getInt("finding_count"),
                findings);
    }
}
