package se.namndkoll.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import se.namndkoll.service.evaluation.EvaluationLog;

/**
 * The {@code postgres} profile against a real PostgreSQL server: the same Flyway migrations, the
 * seeded registry, ETags, the decision log, and a restart. Each run works in a schema of its own,
 * dropped afterwards.
 *
 * <p>Connection settings (environment variable, or system property in brackets):
 * {@code NAMNDKOLL_TEST_PG_URL} [namndkoll.test.pg.url], default
 * {@code jdbc:postgresql://127.0.0.1:5432/namndkoll_test}; {@code NAMNDKOLL_TEST_PG_USER} and
 * {@code NAMNDKOLL_TEST_PG_PASSWORD}, default {@code namndkoll}/{@code namndkoll}. {@code .ci/run}
 * installs, starts and prepares such a server. When none is reachable the test is skipped and says
 * so on the console, unless {@code NAMNDKOLL_TEST_PG_REQUIRED=true} or {@code NAMNDKOLL_CI=true} (both set
 * by CI), when it fails.
 */
class PostgresProfileTest {

    private static final String URL = setting("NAMNDKOLL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/namndkoll_test");
    private static final String USER = setting("NAMNDKOLL_TEST_PG_USER", "namndkoll");
    private static final String PASSWORD = setting("NAMNDKOLL_TEST_PG_PASSWORD", "namndkoll");
    private static final boolean REQUIRED = Boolean.parseBoolean(setting("NAMNDKOLL_TEST_PG_REQUIRED", "false"))
            || se.namndkoll.service.SharedSeeds.required();
    private static final String SCHEMA = "nk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void postgresIsReachable() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + SCHEMA);
            System.out.println("PostgreSQL integration test: using " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + URL + ", schema " + SCHEMA);
        } catch (SQLException e) {
            String message = "PostgreSQL integration test SKIPPED: no PostgreSQL reachable at " + URL + " as " + USER + " ("
                    + e.getMessage() + "). .ci/run installs and starts one; or set NAMNDKOLL_TEST_PG_URL, _USER, _PASSWORD.";
            System.out.println(message);
            if (REQUIRED) {
                fail(message.replace("SKIPPED", "FAILED (required: NAMNDKOLL_TEST_PG_REQUIRED or NAMNDKOLL_CI is true)"));
            }
            Assumptions.abort(message);
        }
    }

    @AfterAll
    static void dropSchema() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            System.out.println("PostgreSQL integration test: could not drop schema " + SCHEMA + ": " + e.getMessage());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return RestartTest.start(dataDir, "--spring.profiles.active=postgres", "--NAMNDKOLL_DB_URL=" + url,
                "--NAMNDKOLL_DB_USER=" + USER, "--NAMNDKOLL_DB_PASSWORD=" + PASSWORD, "--spring.flyway.schemas=" + SCHEMA);
    }

    @Test
    void theServiceRunsOnPostgresqlAndKeepsItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
        String evaluationId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            String base = RestartTest.base(first);
            HttpResponse<String> seeded = get(base + "/api/v1/committees/e-namnden-norrbotten");
            assertThat(seeded.statusCode()).isEqualTo(200);
            assertThat(seeded.headers().firstValue("ETag")).hasValue("\"1\"");

            String body = seeded.body();
            HttpResponse<String> updated = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/committees/e-namnden-norrbotten"))
                    .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(updated.statusCode()).isEqualTo(200);
            assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
            HttpResponse<String> stale = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/committees/e-namnden-norrbotten"))
                    .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stale.statusCode()).isEqualTo(412);

            HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/checks"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("..", "docs", "examples", "check-quorum.json"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).isEqualTo(200);
            evaluationId = json.readTree(check.body()).at("/evaluationId").asText();
            assertThat(first.getBean(EvaluationLog.class).flush(Duration.ofSeconds(10))).isTrue();
            assertThat(get(base + "/api/v1/evaluations?committee=e-namnden-norrbotten&from=2000-01-01&to=2999-12-31").body())
                    .contains(evaluationId);
            assertThat(json.readTree(get(base + "/actuator/health").body()).at("/components/db/details/database").asText())
                    .isEqualTo("PostgreSQL");
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            String base = RestartTest.base(second);
            assertThat(get(base + "/api/v1/committees/e-namnden-norrbotten").headers().firstValue("ETag")).hasValue("\"2\"");
            HttpResponse<String> entry = get(base + "/api/v1/evaluations/" + evaluationId);
            assertThat(entry.statusCode()).isEqualTo(200);
            assertThat(json.readTree(entry.body()).at("/committeeVersion").asLong()).isEqualTo(2);
            assertThat(json.readTree(entry.body()).at("/findings/0/ruleId").asText()).isEqualTo("KL-QUORUM");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
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
