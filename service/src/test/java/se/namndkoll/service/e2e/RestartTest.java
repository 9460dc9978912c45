package se.namndkoll.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.namndkoll.service.NamndkollApplication;

/**
 * Start, write, stop, start again on the same data directory: the registry and the decision log
 * are still there. The check's log entry is still queued when the first server is stopped, so this
 * also shows that shutdown drains the queue.
 */
class RestartTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    static ConfigurableApplicationContext start(Path dataDir, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--namndkoll.data-dir=" + dataDir;
        System.arraycopy(more, 0, args, 2, more.length);
        return new SpringApplicationBuilder(NamndkollApplication.class).run(args);
    }

    static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void theRegistryAndTheDecisionLogSurviveARestart(@TempDir Path dataDir) throws Exception {
        String evaluationId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/api/v1/committees/kvar-namnden"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"id": "kvar-namnden", "name": "Nämnden som blir kvar", "form": "GEMENSAM_NAMND",
                             "parties": [{"id": "a", "name": "A kommun", "kind": "KOMMUN"}]}""")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).isEqualTo(201);
            HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/api/v1/checks"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("..", "docs", "examples", "check-quorum.json"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).isEqualTo(200);
            evaluationId = json.readTree(check.body()).at("/evaluationId").asText();
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            HttpResponse<String> committee = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/committees/kvar-namnden"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(committee.statusCode()).isEqualTo(200);
            assertThat(committee.headers().firstValue("ETag")).hasValue("\"1\"");
            HttpResponse<String> entry = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/evaluations/" + evaluationId))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(entry.statusCode()).isEqualTo(200);
            assertThat(json.readTree(entry.body()).at("/findings/0/ruleId").asText()).isEqualTo("KL-QUORUM");
        }
    }

    @Test
    void aDeletedReferenceCommitteeDoesNotComeBackOnRestart(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/api/v1/committees/gemensam-namnd-jamtland"))
                    .header("If-Match", "\"1\"").DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(delete.statusCode()).isEqualTo(204);
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/committees/gemensam-namnd-jamtland"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(gone.statusCode()).isEqualTo(404);
        }
    }
}
