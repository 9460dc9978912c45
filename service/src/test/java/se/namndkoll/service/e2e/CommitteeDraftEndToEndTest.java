package se.namndkoll.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A committee drafted from its governing texts, saved and used, over real HTTP with the real
 * registry: the documents the project wrote for the drafting tests (an invented joint lönenämnd:
 * reglemente, samverkansavtal, a kallelse and a protocol). Before the draft is saved the
 * committee rules cannot run on the protocol; after, they give their findings. Bad input is
 * refused with a 4xx and leaves the registry as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommitteeDraftEndToEndTest {

    private static final Path DATA = temporaryDirectory();
    private static final String ID = "adalens-gemensamma-lonenamnd";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("namndkoll.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDraftSavedWithPutChecksTheProtocolAndTheKallelseOfTheSameCommittee() throws Exception {
        // Unregistered, the protocol's body is not known: the committee rules do not run.
        JsonNode before = json.readTree(checkDocument("protokoll-lonenamnd.txt").body());
        assertThat(before.at("/committeeId").isMissingNode() || before.at("/committeeId").isNull()).isTrue();
        assertThat(ruleIds(before.at("/findings"))).doesNotContain("KL-QUORUM");
        assertThat(ruleIds(before.at("/rulesNotRun"))).contains("KL-QUORUM", "REGL-JUSTERING");

        HttpResponse<String> drafted = send(multipart("/api/v1/committees/drafts",
                Map.entry("reglemente-lonenamnd.txt", fixture("reglemente-lonenamnd.txt")), Map.entry("avtal-lonenamnd.txt", fixture("avtal-lonenamnd.txt"))));
        assertThat(drafted.statusCode()).isEqualTo(200);
        JsonNode draft = json.readTree(drafted.body());
        JsonNode committee = draft.at("/committee");
        assertThat(committee.at("/id").asText()).isEqualTo(ID);
        assertThat(committee.at("/hostPartyId").asText()).isEqualTo("harnosand");
        assertThat(committee.at("/seats").size()).isEqualTo(12);
        assertThat(committee.at("/terms/0/costAllocation").asText()).isEqualTo("PER_INHABITANT");
        assertThat(draft.at("/unresolved").size()).isZero();
        assertThat(draft.at("/provenance").findValuesAsText("file")).contains("reglemente-lonenamnd.txt", "avtal-lonenamnd.txt");
        assertThat(send(request("/api/v1/committees/" + ID)).statusCode()).as("drafting saves nothing").isEqualTo(404);

        HttpResponse<String> saved = send(put(ID, committee.toString()));
        assertThat(saved.statusCode()).isEqualTo(201);

        // Registered, the same protocol is recognised and the committee rules give their findings:
        // three of the six ledamöter served.
        JsonNode after = json.readTree(checkDocument("protokoll-lonenamnd.txt").body());
        assertThat(after.at("/committeeId").asText()).isEqualTo(ID);
        JsonNode quorum = finding(after, "KL-QUORUM");
        assertThat(quorum.at("/severity").asText()).isEqualTo("ERROR");
        assertThat(quorum.at("/message").asText()).contains("3 tjänstgörande av 6");
        assertThat(quorum.at("/factsFrom").isMissingNode() || quorum.at("/factsFrom").isNull()).as("facts from the registry").isTrue();
        assertThat(ruleIds(after.at("/rulesNotRun"))).doesNotContain("KL-QUORUM");
        assertThat(texts(after.at("/rulesEvaluated"))).contains("KL-QUORUM", "REGL-JUSTERING", "REGL-SUBSTITUTE-SAME-PARTY");

        // The reglemente's own term: the kallelse went out five days before, the reglemente says seven.
        JsonNode kallelse = json.readTree(checkDocument("kallelse-lonenamnd.txt").body());
        assertThat(kallelse.at("/committeeId").asText()).isEqualTo(ID);
        assertThat(finding(kallelse, "REGL-NOTICE-DEADLINE").at("/message").asText()).isNotBlank();
    }

    @Test
    void aProtocolAnEmptyOrUnreadableFileOrAPartyTwiceIsA4xxAndNothingIsWritten() throws Exception {
        String registry = send(request("/api/v1/committees")).body();

        HttpResponse<String> protocol = send(multipart("/api/v1/committees/drafts", Map.entry("protokoll.txt", fixture("protokoll-lonenamnd.txt"))));
        assertThat(protocol.statusCode()).isEqualTo(422);
        assertThat(protocol.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(protocol.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/not-governing-text");
        assertThat(json.readTree(protocol.body()).at("/detail").asText()).contains("protokoll.txt är ett protokoll");

        HttpResponse<String> empty = send(multipart("/api/v1/committees/drafts", Map.entry("tom.txt", new byte[0])));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(json.readTree(empty.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/unreadable-document");

        byte[] broken = "%PDF-1.4\n\u00ff\u00fe nothing a reader can use".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> unreadable = send(multipart("/api/v1/committees/drafts", Map.entry("reglemente.pdf", broken)));
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unreadable.body()).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/unreadable-document");
        assertThat(json.readTree(unreadable.body()).at("/detail").asText()).contains("reglemente.pdf");

        HttpResponse<String> blank = send(request("/api/v1/committees/drafts").header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("   \n\n")));
        assertThat(blank.statusCode()).isBetween(400, 499);

        // A draft edited to name Kramfors twice: refused at the second, and not written.
        JsonNode draft = json.readTree(send(multipart("/api/v1/committees/drafts",
                Map.entry("reglemente-lonenamnd.txt", fixture("reglemente-lonenamnd.txt")))).body());
        ObjectNode twice = (ObjectNode) draft.at("/committee").deepCopy();
        twice.put("id", "dubbel-lonenamnd");
        ((ArrayNode) twice.get("parties")).addObject().put("id", "kramfors-2").put("name", "Kramfors kommun").put("kind", "KOMMUN");
        HttpResponse<String> refused = send(put("dubbel-lonenamnd", twice.toString()));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).at("/errors/0");
        assertThat(error.at("/pointer").asText()).isEqualTo("/parties/3/name");
        assertThat(error.at("/code").asText()).isEqualTo("UniqueParties");
        assertThat(send(request("/api/v1/committees/dubbel-lonenamnd")).statusCode()).isEqualTo(404);

        assertThat(send(request("/api/v1/committees")).body()).as("the registry is as it was").isEqualTo(registry);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private HttpResponse<String> checkDocument(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/v1/documents/check?fileName=" + name)
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(fixture(name))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode finding(JsonNode report, String ruleId) {
        for (JsonNode f : report.at("/findings")) {
            if (ruleId.equals(f.at("/ruleId").asText())) {
                return f;
            }
        }
        throw new AssertionError(ruleId + " is not among the findings " + ruleIds(report.at("/findings")));
    }

    private static List<String> ruleIds(JsonNode items) {
        return items.findValuesAsText("ruleId");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpRequest.Builder put(String id, String body) {
        return request("/api/v1/committees/" + id).header("Content-Type", "application/json").header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A multipart form with one part 'file' per entry (file name to content), in the order given. */
    @SafeVarargs
    private HttpRequest.Builder multipart(String path, Map.Entry<String, byte[]>... files) throws IOException {
        String boundary = "nk-draft-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CommitteeDraftEndToEndTest.class.getResourceAsStream("/drafts/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("namndkoll-draft-e2e");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
