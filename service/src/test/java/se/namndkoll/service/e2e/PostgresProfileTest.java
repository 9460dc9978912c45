package se.namndkoll.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
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
 * <p>The server and its settings: {@link TestPostgres} (skipped with one printed line without a
 * server, failed in CI).
 */
class PostgresProfileTest {

    private static TestPostgres pg;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void postgresIsReachable() {
        pg = TestPostgres.createSchema("PostgreSQL integration test");
    }

    @AfterAll
    static void dropSchema() {
        if (pg != null) {
            pg.drop();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return RestartTest.start(dataDir, pg.serviceArguments());
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
}
