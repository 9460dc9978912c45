package se.namndkoll.service.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.reference.ReferenceCommittees;

/**
 * Seeds the registry with the bundled reference committees, once per database (a Flyway migration,
 * so a committee a user deletes later does not come back on the next start). Named by Flyway's
 * convention: version 2.
 */
@Component
public class V2__SeedReferenceCommittees extends BaseJavaMigration {

    static final String SEEDER = "reference-data";

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper mapper = RulesJson.mapper();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Connection connection = context.getConnection();
        try (PreparedStatement committee = connection.prepareStatement(
                "INSERT INTO committee (id, name, version, document, updated_at, updated_by) VALUES (?, ?, 1, ?, ?, ?)");
             PreparedStatement revision = connection.prepareStatement(
                "INSERT INTO committee_revision (committee_id, version, document, changed_at, changed_by, change_kind)"
                        + " VALUES (?, 1, ?, ?, ?, 'PUT')")) {
            for (Committee c : ReferenceCommittees.all()) {
                String json = mapper.writeValueAsString(c);
                committee.setString(1, c.id());
                committee.setString(2, c.name());
                committee.setString(3, json);
                committee.setObject(4, now);
                committee.setString(5, SEEDER);
                committee.executeUpdate();
                revision.setString(1, c.id());
                revision.setString(2, json);
                revision.setObject(3, now);
                revision.setString(4, SEEDER);
                revision.executeUpdate();
            }
        }
    }
}
