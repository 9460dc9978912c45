package se.namndkoll.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.namndkoll.service.evaluation.EvaluationLog;
import se.namndkoll.service.evaluation.EvaluationRecord;
import se.namndkoll.service.evaluation.EvaluationRetention;
import se.namndkoll.service.evaluation.EvaluationStore;

/** The real server on a random port, with its embedded database in a fresh directory, over real HTTP. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "namndkoll.limits.max-body-bytes=200KB")
class ServiceEndToEndTest {

    private static final Path DATA = temporaryDirectory();
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("namndkoll.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    EvaluationLog log;
    @Autowired
    EvaluationStore store;
    @Autowired
    EvaluationRetention retention;
    @Autowired
    KafkaListenerEndpointRegistry kafkaListeners;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpRequest.Builder postJson(String path, String body) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void theReadmeExamplesGiveWhatTheReadmeShows() throws Exception {
        HttpResponse<String> quorum = send(postJson("/api/v1/checks", Files.readString(EXAMPLES.resolve("check-quorum.json"))));
        assertThat(quorum.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(quorum.body());
        assertThat(report.at("/verdict").asText()).isEqualTo("FAIL");
        assertThat(report.at("/findings/0/ruleId").asText()).isEqualTo("KL-QUORUM");
        assertThat(report.at("/findings/0/message").asText()).contains("7 tjänstgörande av 14");

        HttpResponse<String> document = send(request("/api/v1/documents/check?committee=e-namnden-norrbotten&evaluationDate=2026-03-11")
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(EXAMPLES.resolve("protokoll-e-namnden-2026-03-11.txt"))));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(json.readTree(document.body()).at("/committeeId").asText()).isEqualTo("e-namnden-norrbotten");
        assertThat(json.readTree(document.body()).at("/evaluationDate").asText()).isEqualTo("2026-03-11");
        // Both reports are shown whole in the README: they must be what the service answers, ids aside.
        assertThat(withoutIds(report)).isEqualTo(withoutIds(readmeAnswerAfter("--data @docs/examples/check-quorum.json")));
        assertThat(withoutIds(json.readTree(document.body())))
                .isEqualTo(withoutIds(readmeAnswerAfter("--data-binary @docs/examples/protokoll-e-namnden-2026-03-11.txt")));

        HttpResponse<String> whatIf = send(postJson("/api/v1/arrangements/compare",
                Files.readString(EXAMPLES.resolve("compare-two-variants.json"))));
        assertThat(whatIf.statusCode()).isEqualTo(200);
        JsonNode comparison = json.readTree(whatIf.body());
        assertThat(comparison.at("/variants/0/difference/removed/0/ruleId").asText()).isEqualTo("KL-QUORUM");
        assertThat(comparison.at("/variants/1/difference/unchanged/0/ruleId").asText()).isEqualTo("KL-QUORUM");

        HttpResponse<String> invalid = send(postJson("/api/v1/checks",
                "{\"committeeId\": \"e-namnden-norrbotten\", \"evaluationDate\": \"2020-13-45\", \"protokoll\": {}}"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(invalid.body());
        assertThat(problem.at("/type").asText()).isEqualTo("https://namndkoll.se/problems/validation");
        // Every error, not the first: as the README shows it.
        assertThat(problem).isEqualTo(json.readTree(readmeBlockAfter("\"protokoll\": {}}'", "HTTP/1.1 400")));

        HttpResponse<String> malformed = send(postJson("/api/v1/checks", "{\"evaluationDate\": \"2020-03-11\",").header("Accept-Language", "en"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(malformed.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/malformed-json");
        assertThat(json.readTree(malformed.body()).at("/detail").asText()).isEqualTo("The body is not valid JSON (line 1, column 33).");
    }

    /** The first JSON block of README.md after the line that contains {@code command}. */
    private JsonNode readmeAnswerAfter(String command) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int at = readme.indexOf(command);
        assertThat(at).as("README.md shows " + command).isNotNegative();
        int start = readme.indexOf("```json\n", at) + "```json\n".length();
        return json.readTree(readme.substring(start, readme.indexOf("```", start)));
    }

    /** The JSON body of the first plain block of README.md after the line that contains {@code command}, after its headers. */
    private String readmeBlockAfter(String command, String firstLine) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int at = readme.indexOf(command);
        assertThat(at).as("README.md shows " + command).isNotNegative();
        int start = readme.indexOf("```\n" + firstLine, at);
        assertThat(start).as("an answer after " + command).isNotNegative();
        String block = readme.substring(start + 4, readme.indexOf("```", start + 4));
        return block.substring(block.indexOf("\n{"));
    }

    /** A report without what differs from one run to the next: its evaluation id and the rule set's build. */
    private static JsonNode withoutIds(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("evaluationId");
        copy.remove("ruleSetVersion");
        return copy;
    }

    @Test
    void unknownPathsAreProblemJsonInsideAndOutsideTheApi() throws Exception {
        for (String path : new String[] {"/api/v1/nothing", "/nothing", "/api/v2/checks"}) {
            HttpResponse<String> response = send(request(path).header("Accept-Language", "en"));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/not-found");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWhileReading() throws Exception {
        byte[] big = ("{\"evaluationDate\": \"2020-03-11\", \"x\": \"" + "a".repeat(300 * 1024) + "\"}").getBytes();
        HttpResponse<String> response = send(request("/api/v1/checks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/payload-too-large");
    }

    @Test
    void aMultipartUploadOverTheLimitIs413() throws Exception {
        String boundary = "nk-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + "rad\n".repeat(80_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send(request("/api/v1/documents/check")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/payload-too-large");
    }

    @Test
    void kafkaIsOffByDefaultAndALoadBalancerHasAReadinessProbe() throws Exception {
        assertThat(kafkaListeners.getListenerContainers()).isNotEmpty()
                .allSatisfy(container -> assertThat(container.isRunning()).as(container.getListenerId()).isFalse());
        HttpResponse<String> ready = send(request("/actuator/health/readiness"));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ready.body()).at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(json.readTree(ready.body()).at("/components/readinessState/status").asText()).isEqualTo("UP");
    }

    @Test
    void entriesOlderThanTheRetentionAreRemoved() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        store.insertAll(List.of(
                new EvaluationRecord(old, Instant.now().minus(Duration.ofDays(400)), "CHECK", null, "anonymous", null, null,
                        LocalDate.of(2020, 1, 1), "0".repeat(64), "v", "PASS", 0, "[]"),
                new EvaluationRecord(recent, Instant.now().minus(Duration.ofDays(300)), "CHECK", null, "anonymous", null, null,
                        LocalDate.of(2020, 1, 1), "0".repeat(64), "v", "PASS", 0, "[]")));
        assertThat(retention.purge().orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(store.find(old)).isEmpty();
        assertThat(store.find(recent)).isPresent();
    }

    @Test
    void theRegistryKeepsEditsApartWithETags() throws Exception {
        String committee = """
                {"id": "e2e-namnden", "name": "E2E-nämnden", "form": "KOMMUNALFORBUND",
                 "parties": [{"id": "a", "name": "A kommun", "kind": "KOMMUN"}]}""";
        HttpResponse<String> created = send(request("/api/v1/committees/e2e-namnden").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(committee)));
        assertThat(created.statusCode()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = send(request("/api/v1/committees/e2e-namnden").header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(committee.replace("E2E-nämnden", "Första"))));
        HttpResponse<String> second = send(request("/api/v1/committees/e2e-namnden").header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(committee.replace("E2E-nämnden", "Andra"))));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(json.readTree(send(request("/api/v1/committees/e2e-namnden")).body()).at("/name").asText()).isEqualTo("Första");

        HttpResponse<String> list = send(request("/api/v1/committees"));
        assertThat(list.body()).contains("gemensam-namnd-jamtland", "e-namnden-norrbotten", "e2e-namnden");
    }

    @Test
    void everyCheckIsInTheDecisionLog() throws Exception {
        HttpResponse<String> check = send(postJson("/api/v1/checks", Files.readString(EXAMPLES.resolve("check-quorum.json"))));
        String id = json.readTree(check.body()).at("/evaluationId").asText();
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();

        JsonNode page = json.readTree(send(request("/api/v1/evaluations?committee=e-namnden-norrbotten&size=200")).body());
        assertThat(page.at("/items").findValuesAsText("id")).contains(id);
        JsonNode entry = json.readTree(send(request("/api/v1/evaluations/" + id)).body());
        assertThat(entry.at("/verdict").asText()).isEqualTo("FAIL");
        assertThat(entry.at("/caller").asText()).isEqualTo("anonymous");
        assertThat(entry.at("/committeeVersion").asLong()).isEqualTo(1);
        assertThat(entry.at("/findings/0/legalBasis/0").asText()).isEqualTo("KL 6 kap. 27 §");
    }

    @Test
    void actuatorShowsHealthWithTheDatabaseInfoAndPrometheusMetrics() throws Exception {
        send(postJson("/api/v1/checks", Files.readString(EXAMPLES.resolve("check-quorum.json"))));

        JsonNode health = json.readTree(send(request("/actuator/health")).body());
        assertThat(health.at("/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/evaluationLog/status").asText()).isEqualTo("UP");

        JsonNode info = json.readTree(send(request("/actuator/info")).body());
        assertThat(info.at("/ruleSet/version").asText()).startsWith("0.1.0");
        assertThat(info.at("/build/artifact").asText()).isEqualTo("namndkoll-service");

        String metrics = send(request("/actuator/prometheus")).body();
        assertThat(metrics).contains("namndkoll_checks_total{").contains("namndkoll_findings_total{")
                .contains("rule=\"KL-QUORUM\"").contains("namndkoll_check_duration_seconds_bucket{");
    }

    @Test
    void theApiIsDocumentedWithOpenApiAndSwaggerUi() throws Exception {
        JsonNode api = json.readTree(send(request("/v3/api-docs")).body());
        assertThat(api.at("/openapi").asText()).startsWith("3.");
        assertThat(api.at("/paths").fieldNames()).toIterable().contains("/api/v1/checks", "/api/v1/documents/check",
                "/api/v1/arrangements/compare", "/api/v1/rules", "/api/v1/rules/{id}", "/api/v1/committees", "/api/v1/committees/{id}",
                "/api/v1/evaluations", "/api/v1/evaluations/{id}");
        assertThat(api.at("/components/schemas/Problem").isObject()).isTrue();
        // The verdicts, INCOMPLETE among them, and the rules that could not run are documented for integrations.
        JsonNode report = api.at("/components/schemas/ReportResponse/properties");
        assertThat(report.at("/verdict/description").asText()).contains("INCOMPLETE").contains("rulesNotRun");
        assertThat(report.at("/verdict/enum").toString()).contains("PASS", "WARN", "INCOMPLETE", "FAIL");
        assertThat(report.at("/rulesNotRun/description").asText()).isNotBlank();
        assertThat(api.at("/components/schemas/RuleNotRunResponse/properties/missing/description").asText())
                .contains("COMMITTEE").contains("SEATS").contains("TERMS");
        assertThat(api.at("/info/description").asText()).contains("https://namndkoll.se/problems/");
        HttpResponse<String> ui = send(request("/swagger-ui/index.html"));
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("namndkoll-e2e");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
