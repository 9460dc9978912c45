package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.namndkoll.service.evaluation.EvaluationLog;
import se.namndkoll.service.security.ApiKeys;

/**
 * Access control of a service with API keys, over real HTTP against the real database: every
 * registry write without a key (401) or with a wrong one (403) changes nothing (read back from the
 * API and from the tables); the keys never appear in the log output, at DEBUG for the service and
 * Spring's web layer, nor in any row of the decision log or the registry; cross-origin requests get
 * no CORS permission; the web pages carry their security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "namndkoll.security.api-keys.kansliet=" + AccessControlIT.KEY,
        "namndkoll.security.api-keys.arendesystemet=" + AccessControlIT.OTHER_KEY,
        "namndkoll.security.open-reads=true",
        "namndkoll.security.open-checks=true"})
@ContextConfiguration(initializers = HardenedService.DataDirectory.class)
@ExtendWith(OutputCaptureExtension.class)
class AccessControlIT {

    static final String KEY = "kansliets-hemliga-nyckel-f7Qz2";
    static final String OTHER_KEY = "arendesystemets-nyckel-9xLp4";
    private static final String COMMITTEE = "e-namnden-norrbotten";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvaluationLog log;

    @Test
    void writesWithoutOrWithAWrongKeyAreRefusedAndChangeNothing(CapturedOutput output) throws Exception {
        // The service's own logging and Spring's web layer at DEBUG for this test only (levels are global to the JVM).
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("se.namndkoll", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
        try {
            refusedWritesChangeNothing(output);
        } finally {
            logging.setLogLevel("se.namndkoll", null);
            logging.setLogLevel("org.springframework.web", LogLevel.WARN);
        }
    }

    private void refusedWritesChangeNothing(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        HttpResponse<byte[]> before = http.get("/api/v1/committees/" + COMMITTEE);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        ObjectNode changed = (ObjectNode) http.json(before).deepCopy();
        changed.put("name", "Kapad nämnd");
        byte[] body = Http.JSON.writeValueAsBytes(changed);
        String newId = "obehorig-namnd";
        ObjectNode created = changed.deepCopy().put("id", newId);
        String tableBefore = registryRows();

        List<String> wrongKeys = List.of("fel-nyckel-som-ar-lang-nog", KEY.substring(0, KEY.length() - 1), KEY + "x", KEY.toUpperCase(),
                KEY + " x", "x", "ä".repeat(40), OTHER_KEY.substring(1));
        int cases = 0;
        for (String method : List.of("PUT existing", "PUT new", "DELETE")) {
            List<String> keys = new ArrayList<>();
            keys.add(null);
            keys.addAll(wrongKeys);
            for (String key : keys) {
                HttpRequest.Builder request = switch (method) {
                    case "PUT existing" -> http.request("/api/v1/committees/" + COMMITTEE).header("Content-Type", "application/json")
                            .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
                    case "PUT new" -> http.request("/api/v1/committees/" + newId).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(Http.JSON.writeValueAsBytes(created)));
                    default -> http.request("/api/v1/committees/" + COMMITTEE).header("If-Match", etag).DELETE();
                };
                if (key != null) {
                    request.header("X-API-Key", key);
                }
                HttpResponse<byte[]> response = http.send(request.build());
                assertThat(response.statusCode()).as("%s with key %s", method, key).isEqualTo(key == null ? 401 : 403);
                Http.assertWellBehaved(method, response);
                cases++;
            }
        }
        // nothing changed: the API and the tables say the same as before
        HttpResponse<byte[]> after = http.get("/api/v1/committees/" + COMMITTEE);
        assertThat(after.headers().firstValue("ETag")).hasValue(etag);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(http.get("/api/v1/committees/" + newId).statusCode()).isEqualTo(404);
        assertThat(registryRows()).isEqualTo(tableBefore);

        // the right key (either) works, and is recorded by its id
        HttpResponse<byte[]> allowed = http.send(http.request("/api/v1/committees/" + COMMITTEE).header("Content-Type", "application/json")
                .header("If-Match", etag).header("X-API-Key", KEY).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT updated_by FROM committee WHERE id = ?", String.class, COMMITTEE)).isEqualTo("kansliet");
        HttpResponse<byte[]> check = http.send(http.request("/api/v1/checks").header("Content-Type", "application/json")
                .header("X-API-Key", OTHER_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Corpus.read(Corpus.ROOT.resolve("docs/examples/check-quorum.json")))).build());
        assertThat(check.statusCode()).isEqualTo(200);
        String evaluationId = http.json(check).at("/evaluationId").asText();
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(jdbc.queryForObject("SELECT caller FROM evaluation WHERE id = ?", String.class, evaluationId)).isEqualTo("arendesystemet");

        // no key, right or wrong, in any table or in the log output
        List<String> secrets = new ArrayList<>(wrongKeys.stream().filter(k -> k.length() >= 16).toList());
        secrets.add(KEY);
        secrets.add(OTHER_KEY);
        for (String table : List.of("evaluation", "committee", "committee_revision")) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                for (Object value : row.values()) {
                    for (String secret : secrets) {
                        assertThat(String.valueOf(value)).as("%s row %s", table, row.keySet()).doesNotContain(secret.trim());
                    }
                }
            }
        }
        for (String secret : secrets) {
            assertThat(output.getAll()).as("log output").doesNotContain(secret.trim());
        }
        System.out.printf("Access control: %d refused writes (401 without a key, 403 with %d wrong keys), registry unchanged;"
                + " keys found in %d tables and the log output: 0%n", cases, wrongKeys.size(), 3);
    }

    @Test
    void crossOriginRequestsGetNoPermission() {
        Http http = new Http(port);
        for (String path : List.of("/api/v1/checks", "/api/v1/committees/" + COMMITTEE, "/api/v1/rules")) {
            HttpResponse<byte[]> preflight = http.send(http.request(path).header("Origin", "http://annan-webbplats.example")
                    .header("Access-Control-Request-Method", "PUT").header("Access-Control-Request-Headers", "X-API-Key, Content-Type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as("preflight %s", path).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).as("preflight %s", path).isEmpty();
            HttpResponse<byte[]> simple = http.send(http.request(path).header("Origin", "http://annan-webbplats.example").GET().build());
            assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).as("GET %s", path).isEmpty();
        }
    }

    @Test
    void theWebPagesCarryTheirSecurityHeaders() {
        Http http = new Http(port);
        for (String path : List.of("/", "/index.html", "/js/app.js", "/css/app.css", "/finns-inte", "/api/v1/rules", "/actuator/health")) {
            HttpResponse<byte[]> page = http.get(path);
            var headers = page.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(headers.firstValue("Content-Security-Policy").get()).as(path).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(http.get("/").headers().firstValue("Content-Security-Policy").get()).contains("script-src 'self'", "default-src 'none'");
    }

    /**
     * Keys are compared as SHA-256 digests with {@link java.security.MessageDigest#isEqual}: a key
     * that differs in its first character and one that differs in its last take the same time to
     * refuse, and so do a short and a long key. Medians of interleaved runs; a byte-by-byte
     * comparison with an early exit would make the first-character case measurably faster.
     */
    @Test
    void keysAreComparedInConstantTime() {
        ApiKeys keys = new ApiKeys(Map.of("kansliet", KEY, "arendesystemet", OTHER_KEY));
        assertThat(keys.match(KEY)).hasValue("kansliet");
        assertThat(keys.match(OTHER_KEY)).hasValue("arendesystemet");
        char[] first = KEY.toCharArray();
        first[0] ^= 1;
        char[] last = KEY.toCharArray();
        last[last.length - 1] ^= 1;
        String[] probes = {new String(first), new String(last), "x", KEY + "y".repeat(200)};
        for (String probe : probes) {
            assertThat(keys.match(probe)).isEmpty();
        }
        int rounds = 31;
        long[][] times = new long[probes.length][rounds];
        for (int warm = 0; warm < 20_000; warm++) {
            keys.match(probes[warm % probes.length]);
        }
        for (int r = 0; r < rounds; r++) {
            for (int p = 0; p < probes.length; p++) {
                long start = System.nanoTime();
                for (int i = 0; i < 2_000; i++) {
                    keys.match(probes[p]);
                }
                times[p][r] = System.nanoTime() - start;
            }
        }
        long firstMedian = median(times[0]);
        long lastMedian = median(times[1]);
        double ratio = (double) Math.max(firstMedian, lastMedian) / Math.min(firstMedian, lastMedian);
        System.out.printf("Key comparison: first-character mismatch %d ns, last-character mismatch %d ns per 2,000 (ratio %.2f)%n",
                firstMedian, lastMedian, ratio);
        assertThat(ratio).as("first vs last character mismatch").isLessThan(1.5);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private String registryRows() {
        return jdbc.queryForList("SELECT id, version, document, updated_by FROM committee ORDER BY id").toString()
                + jdbc.queryForObject("SELECT COUNT(*) FROM committee_revision", Long.class);
    }

}
