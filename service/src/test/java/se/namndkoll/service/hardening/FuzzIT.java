package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fuzzing every HTTP input path with a seeded mutator over the valid inputs ({@link Corpus}):
 * {@code POST /api/v1/checks}, {@code /api/v1/arrangements/compare}, {@code /api/v1/documents/check}
 * (text and multipart: corrupt, encrypted, empty, mislabelled PDF and Word files), the registry
 * ({@code PUT/DELETE/GET /api/v1/committees/{id}}, {@code GET /api/v1/evaluations}) and raw HTTP
 * that Tomcat itself refuses. Every answer must pass {@link Http#assertWellBehaved}; afterwards the
 * server is healthy and still checks correctly. The number of inputs is
 * {@code -Dnamndkoll.fuzz.inputs} (10,000 by default), the seed {@code -Dnamndkoll.fuzz.seed}.
 */
@HardenedService
class FuzzIT {

    private static final long SEED = Long.getLong("namndkoll.fuzz.seed", 20261126L);
    private static final int INPUTS = Integer.getInteger("namndkoll.fuzz.inputs", 10_000);
    private static final String[] FILE_NAMES = {"protokoll.pdf", "kallelse.docx", "protokoll.txt", "protokoll", "gammalt.doc",
        "PROTOKOLL.PDF", "../../etc/passwd.pdf", "名前.docx", "a".repeat(400) + ".pdf", "bild.png", "protokoll.pdf.txt",
        "rapport.md", ".pdf", "x.docx.pdf", "avtal.odt"};
    private static final String[] COMMITTEE_PARAMS = {"e-namnden-norrbotten", "gemensam-namnd-jamtland", "finns-inte", "", "%00",
        "a%2Fb", "x".repeat(150), "%C3%A5%C3%A4", "e-namnden-norrbotten%0d%0aX-Injected:%201", "..%2F.."};
    private static final String[] DATE_PARAMS = {"2020-03-11", "2020-02-30", "2020-13-45", "", "idag", "2020-03-11T00:00", "99999-01-01"};

    @LocalServerPort
    int port;

    private static List<JsonNode> cases;
    private static List<JsonNode> committees;
    private static List<String> seeds;
    private static List<byte[]> pdfs;
    private static List<byte[]> docxs;
    private static byte[] encryptedPdf;
    private static byte[] ownerOnlyPdf;

    @BeforeAll
    static void corpus() {
        cases = new ArrayList<>(Corpus.yamlCases());
        cases.add(Corpus.checkExample());
        committees = Corpus.committees();
        seeds = Corpus.seeds();
        pdfs = seeds.stream().map(s -> Corpus.pdf(s, null, null)).toList();
        docxs = seeds.stream().map(Corpus::docx).toList();
        encryptedPdf = Corpus.pdf(seeds.get(0), "agarlosen", "anvandarlosen");
        ownerOnlyPdf = Corpus.pdf(seeds.get(0), "agarlosen", "");
        System.out.printf("Fuzz corpus: %d check cases from the YAML corpus and the README, %d committees, %d seeds%n",
                cases.size(), committees.size(), seeds.size());
    }

    @Test
    void everyHostileInputIsRefusedCleanlyAndTheServerKeepsAnswering() throws Exception {
        Http http = new Http(port);
        Http.Tally tally = new Http.Tally();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                Mutator m = new Mutator(SEED * 1_000_003L + index);
                Input input = input(m, index);
                try {
                    HttpResponse<byte[]> response = http.send(input.request());
                    tally.add(input.path(), response.statusCode());
                    Http.assertWellBehaved("#" + index + " " + input.describe(), response);
                } catch (AssertionError | RuntimeException e) {
                    failed.incrementAndGet();
                    if (failures.size() < 20) {
                        failures.add(e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int raw = rawHttp(http, tally, failures);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("Fuzz: %d inputs (%d over raw HTTP) in %d s, seed %d, %d not refused cleanly%n%s", tally.total(), raw, seconds,
                SEED, failed.get(), tally.table());
        assertThat(failures).as("inputs that were not refused cleanly (%d in all)", failed.get()).isEmpty();
        assertThat(tally.serverErrors()).isZero();
        assertThat(tally.total()).isGreaterThanOrEqualTo(INPUTS);

        http.assertHealthy();
        HttpResponse<byte[]> check = http.post("/api/v1/checks", "application/json", Corpus.read(Corpus.ROOT.resolve("docs/examples/check-quorum.json")));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(http.json(check).at("/findings/0/ruleId").asText()).isEqualTo("KL-QUORUM");
    }

    /** One generated input: its request, the path it is counted under, and a description for a failure message. */
    record Input(String path, HttpRequest request, String describe) {
    }

    private Input input(Mutator m, int index) {
        Http http = new Http(port);
        int slot = index % 100;
        if (slot < 30) {
            return jsonInput(http, m, "/api/v1/checks", m.pick(cases));
        }
        if (slot < 42) {
            JsonNode compare = Corpus.compareExample();
            if (m.next(3) == 0) {
                ((ObjectNode) compare).set("baseline", m.pick(cases));
            }
            return jsonInput(http, m, "/api/v1/arrangements/compare", compare);
        }
        if (slot < 72) {
            return documentInput(http, m);
        }
        return registryInput(http, m, index);
    }

    private Input jsonInput(Http http, Mutator m, String path, JsonNode valid) {
        byte[] body;
        String how;
        int way = m.next(10);
        if (way < 6) {
            body = bytes(m.mutateTree(valid));
            how = "tree mutation";
        } else if (way < 9) {
            body = m.mutateBytes(bytes(valid));
            how = "byte mutation";
        } else {
            body = bytes(valid);
            how = "valid";
        }
        body = withinBodyLimit(body);
        String contentType = switch (m.next(20)) {
            case 0 -> "text/plain";
            case 1 -> "application/json; charset=ISO-8859-1";
            case 2 -> "application/xml";
            case 3 -> "multipart/form-data; boundary=x";
            case 4 -> "application/json; charset=utf-16";
            default -> "application/json";
        };
        HttpRequest.Builder request = http.request(path).header("Content-Type", contentType);
        if (m.next(4) == 0) {
            request.header("Accept-Language", "en");
        }
        return new Input(path, request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                how + ", " + contentType + ", " + body.length + " bytes: " + preview(body));
    }

    private Input documentInput(Http http, Mutator m) {
        String path = "/api/v1/documents/check";
        StringBuilder query = new StringBuilder();
        if (m.next(4) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("committee=").append(m.pick(COMMITTEE_PARAMS));
        }
        if (m.next(4) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("evaluationDate=").append(m.pick(DATE_PARAMS));
        }
        if (m.next(4) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("includeLines=").append(m.next(3) == 0 ? "kanske" : "true");
        }
        if (m.next(3) == 0) {
            // text/plain: a window of a seed, damaged
            String seed = m.pick(seeds);
            List<String> lines = seed.lines().toList();
            int from = m.next(lines.size());
            String window = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 20 + m.next(150))));
            byte[] body = m.next(4) == 0 ? window.getBytes(StandardCharsets.UTF_8) : m.mutateBytes(window.getBytes(StandardCharsets.UTF_8));
            String contentType = switch (m.next(8)) {
                case 0 -> "text/plain; charset=windows-1252";
                case 1 -> "text/plain; charset=utf-16";
                case 2 -> "text/plain; charset=x-bogus";
                case 3 -> "text/plain; charset=";
                default -> "text/plain; charset=utf-8";
            };
            if (m.next(10) == 0) {
                query.append(query.isEmpty() ? "?" : "&").append("fileName=").append(URLEncoder.encode(m.pick(FILE_NAMES), StandardCharsets.UTF_8));
            }
            return new Input(path + " (text)", http.request(path + query).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), "text " + contentType + " " + query + ": " + preview(body));
        }
        String name = m.pick(FILE_NAMES);
        byte[] content;
        String what;
        switch (m.next(12)) {
            case 0 -> { content = m.pick(pdfs); what = "valid pdf"; }
            case 1 -> { content = m.mutateBytes(m.pick(pdfs)); what = "damaged pdf"; }
            case 2 -> { content = java.util.Arrays.copyOf(m.pick(pdfs), m.next(2000)); what = "truncated pdf"; }
            case 3 -> { content = m.next(2) == 0 ? encryptedPdf : ownerOnlyPdf; what = "encrypted pdf"; }
            case 4 -> { content = new byte[0]; what = "empty"; }
            case 5 -> { content = m.pick(docxs); what = "valid docx"; }
            case 6 -> { content = m.mutateBytes(m.pick(docxs)); what = "damaged docx"; }
            case 7 -> { content = zipOf("hej.txt", "inte ett Word-dokument"); what = "zip that is not docx"; }
            case 8 -> { content = randomBytes(m, 1 + m.next(5000)); what = "random bytes"; }
            case 9 -> { content = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1); what = "pdf header only"; }
            case 10 -> { content = m.pick(seeds).getBytes(StandardCharsets.UTF_8); what = "text"; }
            default -> { content = ("PK\u0003\u0004" + "x".repeat(m.next(100))).getBytes(StandardCharsets.ISO_8859_1); what = "zip header only"; }
        }
        String partName = m.next(15) == 0 ? "fil" : "file";
        byte[] body = multipart(partName, name, m.next(5) == 0 ? "application/octet-stream" : "application/pdf", content, m.next(20) == 0);
        return new Input(path + " (multipart)", http.request(path + query).header("Content-Type", "multipart/form-data; boundary=GRANS")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), "multipart " + what + " as " + name + " " + query);
    }

    private Input registryInput(Http http, Mutator m, int index) {
        String[] ids = {"fuzz-" + (index % 7), "e-namnden-norrbotten", "gemensam-namnd-jamtland", "x".repeat(101), "%C3%A5%C3%A4%C3%B6",
            "a%20b", "..", "%2e%2e", "a.b:c_d-e", "-start", "a;b=c", "%7B%7D"};
        String id = m.pick(ids);
        int kind = m.next(10);
        if (kind < 5) {
            JsonNode valid = m.pick(committees).deepCopy();
            if (id.startsWith("fuzz-")) {
                ((ObjectNode) valid).put("id", id);
            }
            byte[] body = withinBodyLimit(m.next(5) < 3 ? bytes(m.mutateTree(valid)) : m.next(2) == 0 ? m.mutateBytes(bytes(valid)) : bytes(valid));
            HttpRequest.Builder request = http.request("/api/v1/committees/" + id).header("Content-Type", "application/json");
            String ifMatch = switch (m.next(6)) {
                case 0 -> null;
                case 1 -> "*";
                case 2 -> "W/\"1\"";
                case 3 -> "\"999999999999999999999\"";
                case 4 -> "garbage, \"1\"";
                default -> "\"1\"";
            };
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (m.next(8) == 0) {
                request.header("If-None-Match", "*");
            }
            return new Input("PUT /api/v1/committees/{id}", request.PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    "PUT " + id + " If-Match " + ifMatch + ": " + preview(body));
        }
        if (kind < 6) {
            HttpRequest.Builder request = http.request("/api/v1/committees/" + id);
            if (m.next(3) > 0) {
                request.header("If-Match", m.next(2) == 0 ? "\"0\"" : "\"x\"");
            }
            return new Input("DELETE /api/v1/committees/{id}", request.DELETE().build(), "DELETE " + id);
        }
        if (kind < 8) {
            return new Input("GET /api/v1/committees/{id}", http.request("/api/v1/committees/" + id).GET().build(), "GET " + id);
        }
        String[] queries = {"?page=-1", "?size=0", "?size=201", "?page=99999999999", "?from=2020-02-30", "?to=idag", "?committee=" + "x".repeat(150),
            "?from=2030-01-01&to=2020-01-01", "?size=abc", "?committee=%00", "/inte-ett-uuid", "/" + java.util.UUID.randomUUID(), "?page=1&size=200"};
        String q = m.pick(queries);
        return new Input("GET /api/v1/evaluations", http.request("/api/v1/evaluations" + q).GET().build(), "GET evaluations" + q);
    }

    /** Requests Tomcat refuses before the application sees them, sent over a raw socket. */
    private int rawHttp(Http http, Http.Tally tally, List<String> failures) {
        String[] requests = {
            "GET /api/v1/committees/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/committees/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/committees/a%2Fb HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/committees/a%5Cb HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/rules/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/rules HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
            "GET /api/v1/rules HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
            "POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
            "POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{}{}{}",
            "POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999\r\nConnection: close\r\n\r\n{}",
            "GET /api/v1/rules HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n",
            "GET /api/v1/rules\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/v1/committees/%C0%AF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "FOO /api/v1/checks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        };
        int port = Integer.parseInt(http.base.substring(http.base.lastIndexOf(':') + 1));
        int sent = 0;
        for (String raw : requests) {
            sent++;
            String answer;
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                answer = buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                tally.add("raw HTTP", 0); // the connection was closed without an answer: acceptable for garbage
                continue;
            }
            int status = answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : 0;
            tally.add("raw HTTP", status);
            int split = answer.indexOf("\r\n\r\n");
            String headers = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            String what = "raw " + raw.substring(0, Math.min(60, raw.indexOf('\r')));
            if (status >= 500 || (status >= 400 && (!headers.toLowerCase().contains("content-type: application/problem+json")
                    || body.contains("<html") || body.contains("Tomcat") || body.contains("Exception")))) {
                failures.add(what + ": " + answer.substring(0, Math.min(400, answer.length())));
            }
        }
        return sent;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static byte[] bytes(JsonNode node) {
        try {
            return Http.JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's default limit on a request body (namndkoll.limits.max-body-bytes). */
    private static final int MAX_BODY = 10 * 1024 * 1024;

    /**
     * A mutated body cut to the body limit. A body over it is refused with 413 from its
     * Content-Length, and Tomcat then closes the connection rather than swallow more than 2 MB of
     * the rest, so a client that sends all of it, like this one, may see the connection closed
     * instead of the answer; SizeBombIT sends such bodies' heads only and checks the 413.
     */
    private static byte[] withinBodyLimit(byte[] body) {
        return body.length <= MAX_BODY ? body : java.util.Arrays.copyOf(body, MAX_BODY);
    }

    private static String preview(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        return s.replaceAll("[\\p{Cntrl}]", "?");
    }

    private static byte[] randomBytes(Mutator m, int n) {
        byte[] b = new byte[n];
        m.random.nextBytes(b);
        return b;
    }

    private static byte[] zipOf(String name, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] multipart(String part, String fileName, String contentType, byte[] content, boolean truncated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--GRANS\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        if (!truncated) {
            out.writeBytes("\r\n--GRANS--\r\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
