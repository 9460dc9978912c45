package se.namndkoll.service.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code check --server URL FILE...}: sends each file to a running service instead of checking it in
 * this process, so the committees registered there are seen and no rule set is loaded here (the
 * command then takes about as long as the JVM's start and one request; docs/performance.md). A
 * document goes to {@code POST /api/v1/documents/check} as the multipart part {@code file}, a JSON
 * case to {@code POST /api/v1/checks}; {@code --committee ID} and {@code --as-of} become the
 * request's committee and evaluation date. Exit status as the local command: 0, 1 when any finding
 * is an ERROR, 2 when a file cannot be read, the service cannot be reached or refuses the request
 * (its problem's detail on one line), 3 when the service answers with a 5xx.
 */
final class RemoteCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json;

    RemoteCheck(PrintStream out, PrintStream err, ObjectMapper json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    int execute(CheckCommand.Arguments a) {
        URI base;
        try {
            base = URI.create(a.server().endsWith("/") ? a.server().substring(0, a.server().length() - 1) : a.server());
            if (base.getScheme() == null || !(base.getScheme().equals("http") || base.getScheme().equals("https")) || base.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            err.println(CheckCommand.oneLine("namndkoll check: --server väntar en adress som http://värd:8080, fick \"" + a.server() + "\""));
            return CheckCommand.USAGE;
        }
        if (a.committee() != null && a.committee().endsWith(".json")) {
            err.println("namndkoll check: med --server anges nämnden med sitt id i tjänstens register, inte som JSON-fil");
            return CheckCommand.USAGE;
        }
        List<byte[]> bodies = new ArrayList<>();
        for (Path file : a.files()) {
            try {
                if (Files.isRegularFile(file) && Files.size(file) > CheckCommand.MAX_FILE_BYTES) {
                    err.println(CheckCommand.oneLine("namndkoll check: " + file + ": filen är större än "
                            + CheckCommand.MAX_FILE_BYTES / (1024 * 1024) + " MB, mer än kommandot läser"));
                    return CheckCommand.USAGE;
                }
                bodies.add(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                err.println(CheckCommand.oneLine("namndkoll check: " + file + ": filen finns inte"));
                return CheckCommand.USAGE;
            } catch (IOException e) {
                err.println(CheckCommand.oneLine("namndkoll check: " + file + ": kan inte läsas"));
                return CheckCommand.USAGE;
            }
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ArrayNode results = json.createArrayNode();
        boolean error = false;
        for (int i = 0; i < a.files().size(); i++) {
            Path file = a.files().get(i);
            HttpResponse<byte[]> response;
            try {
                response = client.send(request(base, file, bodies.get(i), a), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                err.println(CheckCommand.oneLine("namndkoll check: " + base + " svarar inte (" + e.getClass().getSimpleName() + ")"));
                return CheckCommand.USAGE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CheckCommand.INTERNAL;
            }
            JsonNode body;
            try {
                body = json.readTree(response.body());
            } catch (IOException e) {
                body = null;
            }
            if (response.statusCode() != 200 || body == null || !body.isObject()) {
                String detail = body != null && body.hasNonNull("detail") ? body.get("detail").asText() : "HTTP " + response.statusCode();
                err.println(CheckCommand.oneLine("namndkoll check: " + file + ": tjänsten svarade " + response.statusCode() + ": " + detail));
                return response.statusCode() >= 500 ? CheckCommand.INTERNAL : CheckCommand.USAGE;
            }
            ObjectNode result = json.createObjectNode();
            result.put("source", file.toString());
            result.set("report", body);
            results.add(result);
            for (JsonNode f : body.path("findings")) {
                error |= "ERROR".equals(f.path("severity").asText());
            }
        }
        if (a.format().equals("json")) {
            ObjectNode all = json.createObjectNode();
            all.put("server", base.toString());
            all.set("results", results);
            out.println(all.toString());
        } else {
            for (JsonNode r : results) {
                out.print(text(r.path("source").asText(), r.path("report")));
            }
        }
        return error ? CheckCommand.FINDINGS : CheckCommand.OK;
    }

    private HttpRequest request(URI base, Path file, byte[] bytes, CheckCommand.Arguments a) {
        String name = file.getFileName().toString();
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(TIMEOUT).header("Accept", "application/json")
                .header("Accept-Language", "sv");
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            byte[] body = bytes;
            if (a.committee() != null || a.asOf() != null) {
                try {
                    JsonNode tree = json.readTree(bytes);
                    if (tree instanceof ObjectNode object) {
                        if (a.committee() != null) {
                            object.put("committeeId", a.committee());
                        }
                        if (a.asOf() != null) {
                            object.put("evaluationDate", a.asOf().toString());
                        }
                        body = json.writeValueAsBytes(object);
                    }
                } catch (IOException e) {
                    // sent as it is: the service names what is wrong with it
                }
            }
            return builder.uri(URI.create(base + "/api/v1/checks")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }
        StringBuilder query = new StringBuilder();
        if (a.committee() != null) {
            query.append(query.isEmpty() ? "?" : "&").append("committee=").append(URLEncoder.encode(a.committee(), StandardCharsets.UTF_8));
        }
        if (a.asOf() != null) {
            query.append(query.isEmpty() ? "?" : "&").append("evaluationDate=").append(a.asOf());
        }
        String boundary = "namndkoll-" + UUID.randomUUID();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream(bytes.length + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name.replaceAll("[\"\\r\\n\\\\]", "_") + "\"\r\nContent-Type: " + contentType(name) + "\r\n\r\n";
        multipart.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(bytes);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return builder.uri(URI.create(base + "/api/v1/documents/check" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build();
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** The service's report in a few lines: the verdict, then each finding with its rule, message and provisions. */
    static String text(String source, JsonNode report) {
        StringBuilder s = new StringBuilder(source).append('\n');
        s.append("  ").append(report.path("verdict").asText()).append(" · ")
                .append(report.path("committeeId").isTextual() ? report.path("committeeId").asText() : "ingen nämnd")
                .append(" · bedömningsdag ").append(report.path("evaluationDate").asText("–")).append('\n');
        for (JsonNode f : report.path("findings")) {
            List<String> basis = new ArrayList<>();
            f.path("legalBasis").forEach(b -> basis.add(b.asText()));
            s.append("  ").append(String.format("%-7s", f.path("severity").asText())).append(' ').append(f.path("ruleId").asText())
                    .append(": ").append(f.path("message").asText());
            if (!basis.isEmpty()) {
                s.append(" (").append(String.join(", ", basis)).append(')');
            }
            s.append('\n');
        }
        s.append("  ").append(report.path("rulesEvaluated").size()).append(" regler prövade\n\n");
        return s.toString();
    }
}
