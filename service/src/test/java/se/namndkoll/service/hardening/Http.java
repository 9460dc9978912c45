package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * HTTP to the service under test, on the loopback interface only, and the assertions every answer
 * to a hostile input must pass: no 5xx; no stack trace, Java class or framework name in the body;
 * every 4xx an RFC 9457 problem+json with a known type, and a validation problem with the JSON
 * Pointer (or parameter) of each bad field.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What must never reach a client. */
    private static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|Exception|Throwable|\\bat se\\.|\\bat org\\.|\\bat java|org\\.springframework|org\\.apache"
                    + "|com\\.fasterxml|org\\.h2|org\\.postgresql|SQLState|\\bSELECT\\b|\\bINSERT INTO\\b|Caused by|<html|<!doctype");

    private static final List<String> TYPES = List.of("validation", "malformed-json", "bad-request", "unauthorized", "forbidden",
            "not-found", "unknown-committee", "method-not-allowed", "not-acceptable", "precondition-failed", "payload-too-large",
            "unsupported-media-type", "unreadable-document", "precondition-required", "client-error");

    final String base;
    final HttpClient client;

    Http(int port) {
        this("http://127.0.0.1:" + port);
    }

    Http(String base) {
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<byte[]> get(String path) {
        return send(request(path).GET().build());
    }

    JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text(response), e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        String s = new String(response.body(), StandardCharsets.UTF_8);
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    /** The service still answers a health check and a real check after whatever came before. */
    void assertHealthy() {
        HttpResponse<byte[]> health = get("/actuator/health");
        assertThat(health.statusCode()).as("health: %s", text(health)).isEqualTo(200);
        assertThat(json(health).at("/status").asText()).isEqualTo("UP");
    }

    /**
     * The expectations of every answer to a hostile input.
     *
     * @param what the input, for the failure message
     */
    static void assertWellBehaved(String what, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(status).as("%s: no 5xx (%s)", what, shorten(body)).isLessThan(500);
        if (status >= 400) {
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            assertThat(contentType).as("%s: a %d is problem+json", what, status).startsWith("application/problem+json");
            JsonNode problem;
            try {
                problem = JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(what + ": the problem is not JSON: " + shorten(body));
            }
            String type = problem.at("/type").asText();
            assertThat(type).as("%s: problem type", what).startsWith("https://namndkoll.se/problems/");
            assertThat(TYPES).as("%s: known problem type", what).contains(type.substring("https://namndkoll.se/problems/".length()));
            assertThat(problem.at("/status").asInt()).as("%s: status in the body", what).isEqualTo(status);
            assertThat(problem.at("/title").asText()).as("%s: title", what).isNotBlank();
            if (type.endsWith("/validation")) {
                JsonNode errors = problem.at("/errors");
                assertThat(errors.isArray() && errors.size() > 0).as("%s: a validation problem lists its errors: %s", what, shorten(body)).isTrue();
                for (JsonNode error : errors) {
                    assertThat(error.has("pointer") || error.has("parameter"))
                            .as("%s: each error has a pointer or a parameter: %s", what, error).isTrue();
                    if (error.has("pointer")) {
                        String pointer = error.get("pointer").asText();
                        assertThat(pointer.isEmpty() || pointer.startsWith("/")).as("%s: a JSON Pointer: %s", what, pointer).isTrue();
                    }
                }
            }
            // Error answers repeat no internals. (Reports of a document may quote its text, so only errors are scanned for words.)
            assertThat(LEAK.matcher(body).find()).as("%s: internals in the body: %s", what, shorten(body)).isFalse();
        } else {
            assertThat(body).as("%s: no stack trace", what).doesNotContain("\tat ", "Caused by:", "org.springframework", "java.lang.");
        }
    }

    private static String shorten(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    /** Inputs tried and answers seen, per path and status. */
    static final class Tally {
        private final Map<String, Map<Integer, AtomicLong>> counts = new ConcurrentHashMap<>();

        void add(String path, int status) {
            counts.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }

        long total() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(AtomicLong::get).sum();
        }

        long total(String path) {
            return counts.getOrDefault(path, Map.of()).values().stream().mapToLong(AtomicLong::get).sum();
        }

        long serverErrors() {
            return counts.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> e.getKey() >= 500)
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        String table() {
            StringBuilder sb = new StringBuilder("| path | inputs | answers (status: count) | 5xx |\n|---|---|---|---|\n");
            new TreeMap<>(counts).forEach((path, byStatus) -> {
                TreeMap<Integer, Long> sorted = new TreeMap<>();
                byStatus.forEach((k, v) -> sorted.put(k, v.get()));
                long fives = sorted.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
                sb.append("| ").append(path).append(" | ").append(sorted.values().stream().mapToLong(Long::longValue).sum())
                        .append(" | ").append(sorted.toString().replaceAll("[{}]", "").replace("=", ": ")).append(" | ").append(fives)
                        .append(" |\n");
            });
            sb.append("| **total** | ").append(total()).append(" | | ").append(serverErrors()).append(" |\n");
            return sb.toString();
        }
    }
}
