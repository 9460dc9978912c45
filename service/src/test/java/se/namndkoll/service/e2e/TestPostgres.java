package se.namndkoll.service.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import se.namndkoll.service.SharedSeeds;

/**
 * A schema of its own on the test PostgreSQL server, for the tests that run the service on
 * PostgreSQL. Connection settings (environment variable, or system property in brackets):
 * {@code NAMNDKOLL_TEST_PG_URL} [namndkoll.test.pg.url], default
 * {@code jdbc:postgresql://127.0.0.1:5432/namndkoll_test}; {@code NAMNDKOLL_TEST_PG_USER} and
 * {@code NAMNDKOLL_TEST_PG_PASSWORD}, default {@code namndkoll}/{@code namndkoll}. {@code .ci/run}
 * installs, starts and prepares such a server. When none is reachable the test is skipped and says
 * so on the console in one line, unless {@code NAMNDKOLL_TEST_PG_REQUIRED=true} or {@code NAMNDKOLL_CI=true} (both set by CI), when it fails.
 */
public final class TestPostgres {

    public static final String URL = setting("NAMNDKOLL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/namndkoll_test");
    public static final String USER = setting("NAMNDKOLL_TEST_PG_USER", "namndkoll");
    public static final String PASSWORD = setting("NAMNDKOLL_TEST_PG_PASSWORD", "namndkoll");
    private static final boolean REQUIRED = Boolean.parseBoolean(setting("NAMNDKOLL_TEST_PG_REQUIRED", "false"))
            || SharedSeeds.required();

    public final String schema = "nk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String test;

    private TestPostgres(String test) {
        this.test = test;
    }

    /** Creates a new schema, or skips (fails in CI) the calling test when no server is reachable. */
    public static TestPostgres createSchema(String test) {
        TestPostgres pg = new TestPostgres(test);
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + pg.schema);
            System.out.println(test + ": using " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + URL + ", schema " + pg.schema);
        } catch (SQLException e) {
            String message = test + " SKIPPED: no PostgreSQL reachable at " + URL + " as " + USER + " ("
                    + e.getMessage() + "). .ci/run installs and starts one; or set NAMNDKOLL_TEST_PG_URL, _USER, _PASSWORD.";
            System.out.println(message);
            if (REQUIRED) {
                fail(message.replace("SKIPPED", "FAILED (required: NAMNDKOLL_TEST_PG_REQUIRED or NAMNDKOLL_CI is true)"));
            }
            Assumptions.abort(message);
        }
        return pg;
    }

    /** The JDBC URL of this schema. */
    public String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The service's arguments for this schema (the postgres profile). */
    public String[] serviceArguments() {
        return new String[] {"--spring.profiles.active=postgres", "--NAMNDKOLL_DB_URL=" + url(), "--NAMNDKOLL_DB_USER=" + USER,
            "--NAMNDKOLL_DB_PASSWORD=" + PASSWORD, "--spring.flyway.schemas=" + schema};
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    public void drop() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.out.println(test + ": could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    private static String setting(String env, String fallback) {
        String property = System.getProperty(env.toLowerCase().replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property;
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
