package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Decompression and size bombs, each refused within a time bound with 413, 400 or 422, while a
 * sampler reads the heap every 20 ms (MemoryMXBean): the peak must stay under
 * {@link #HEAP_LIMIT_BYTES} (the test JVM has -Xmx1g; unbounded, the bombs below need several GB:
 * the Word file unpacks to 1 GB, the JSON array would be a million records). Afterwards the server
 * is healthy.
 */
@HardenedService
class SizeBombIT {

    /** Largest heap in use at any sample during the bombs. */
    static final long HEAP_LIMIT_BYTES = 768L * 1024 * 1024;

    @LocalServerPort
    int port;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicBoolean SAMPLING = new AtomicBoolean(true);
    private static final Map<String, String> RESULTS = new LinkedHashMap<>();
    private static Thread sampler;

    @BeforeAll
    static void sampleTheHeap() {
        System.gc();
        sampler = new Thread(() -> {
            while (SAMPLING.get()) {
                PEAK.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    @AfterAll
    static void report() {
        SAMPLING.set(false);
        StringBuilder sb = new StringBuilder("Size bombs (status, seconds):\n");
        RESULTS.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        sb.append(String.format("  peak heap in use during the bombs: %d MB (limit %d MB, -Xmx %d MB)%n", PEAK.get() >> 20,
                HEAP_LIMIT_BYTES >> 20, MEMORY.getHeapMemoryUsage().getMax() >> 20));
        System.out.print(sb);
    }

    private void refused(String name, Supplier<HttpResponse<byte[]>> send, double maxSeconds, Integer... statuses) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = send.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        RESULTS.put(name, response.statusCode() + ", " + String.format("%.2f s", seconds));
        Http.assertWellBehaved(name, response);
        assertThat(response.statusCode()).as(name + ": " + Http.text(response)).isIn((Object[]) statuses);
        assertThat(seconds).as(name + ": refused in time").isLessThan(maxSeconds);
        assertThat(PEAK.get()).as(name + ": peak heap").isLessThan(HEAP_LIMIT_BYTES);
    }

    private HttpResponse<byte[]> upload(Http http, String name, byte[] content) {
        return http.post("/api/v1/documents/check", "multipart/form-data; boundary=GRANS",
                FuzzIT.multipart("file", name, "application/octet-stream", content, false));
    }

    @Test
    void aWordZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        Http http = new Http(port);
        byte[] bomb = docxBomb(1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        refused("DOCX zip bomb (" + (bomb.length >> 10) + " kB, unpacks to 1 GB)", () -> upload(http, "bomb.docx", bomb), 10, 422);
        byte[] many = docxManyEntries(1_500);
        refused("DOCX with 1,500 entries", () -> upload(http, "manga.docx", many), 10, 422);
        http.assertHealthy();
    }

    @Test
    void pdfBombsAreRefusedWithinTheReadLimits() throws IOException {
        Http http = new Http(port);
        refused("PDF whose page tree claims 2,000,000,000 pages", () -> upload(http, "lognare.pdf", PdfBombs.countLie()), 10, 200, 422);
        refused("PDF with 100,000 pages", () -> upload(http, "sidor.pdf", PdfBombs.manyPages(100_000)), 15, 422);
        refused("PDF with a cyclic page tree", () -> upload(http, "cykel.pdf", PdfBombs.cyclicPageTree()), 10, 200, 422);
        refused("PDF with a form XObject that draws itself", () -> upload(http, "rekursion.pdf", PdfBombs.recursiveXObject()), 10, 200, 422);
        refused("PDF with arrays nested 100,000 deep", () -> upload(http, "djup.pdf", PdfBombs.deepNesting(100_000)), 10, 422);
        byte[] flate = PdfBombs.flateBomb(200);
        // refused by the read-time limit (5 s in this test's configuration, 30 s by default)
        refused("PDF whose content stream inflates to " + 200 * 600 / 1000 + " MB of text operators (" + (flate.length >> 10) + " kB)",
                () -> upload(http, "flate.pdf", flate), 20, 422);
        http.assertHealthy();
    }

    @Test
    void hugeRequestsAreRefusedWhileReadingThem() {
        Http http = new Http(port);
        byte[] array = ("{\"evaluationDate\": \"2020-03-11\", \"decisions\": [" + "{},".repeat(1_500_000) + "{}]}").getBytes(StandardCharsets.UTF_8);
        refused("JSON with an array of 1.5 million objects (" + (array.length >> 20) + " MB)",
                () -> http.post("/api/v1/checks", "application/json", array), 10, 400);
        byte[] flat = ("[" + "1,".repeat(3_000_000) + "1]").getBytes(StandardCharsets.UTF_8);
        refused("JSON array of 3 million numbers as a committee", () -> http.send(http.request("/api/v1/committees/x")
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(flat)).build()), 10, 400, 413);
        byte[] nested = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        refused("JSON nested 100,000 deep", () -> http.post("/api/v1/arrangements/compare", "application/json", nested), 10, 400);
        byte[] string = ("{\"evaluationDate\": \"2020-03-11\", \"committeeId\": \"" + "a".repeat(9_900_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        refused("JSON with a 9.9 MB string", () -> http.post("/api/v1/checks", "application/json", string), 10, 400, 404);
        refused("JSON body of 10.5 MB (refused from Content-Length, before the body is read)",
                () -> headersOnly(http, "POST /api/v1/checks", "application/json", 10_500_000), 10, 413);
        refused("multipart body of 50 MB (refused from Content-Length)",
                () -> headersOnly(http, "POST /api/v1/documents/check", "multipart/form-data; boundary=GRANS", 50_000_000), 10, 413);
        byte[] lines = "a\n".repeat(4_000_000).getBytes(StandardCharsets.UTF_8);
        refused("text document of 4 million lines", () -> http.post("/api/v1/documents/check", "text/plain", lines), 10, 422);
        byte[] longLine = "a".repeat(5_000_000).getBytes(StandardCharsets.UTF_8);
        refused("text document of one 5 MB line", () -> http.post("/api/v1/documents/check", "text/plain", longLine), 10, 422);
        byte[] parts = manyParts(5_000);
        refused("multipart with 5,000 parts", () -> http.post("/api/v1/documents/check", "multipart/form-data; boundary=GRANS", parts), 10, 413);
        http.assertHealthy();
    }

    /**
     * Sends only the head of a large request (headers and 64 kB of the body) and reads the answer:
     * the service must answer from Content-Length without waiting for the rest. A client that sends
     * the whole body would see the connection closed after the answer.
     */
    private static HttpResponse<byte[]> headersOnly(Http http, String requestLine, String contentType, long length) {
        int port = Integer.parseInt(http.base.substring(http.base.lastIndexOf(':') + 1));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[64 * 1024]);
            out.flush();
            String answer = readOneResponse(socket.getInputStream());
            int status = Integer.parseInt(answer.substring(9, 12));
            int split = answer.indexOf("\r\n\r\n");
            java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : answer.substring(0, split).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim(), List.of(line.substring(colon + 1).trim()));
                }
            }
            String body = answer.substring(split + 4);
            if (headers.getOrDefault("Transfer-Encoding", List.of("")).get(0).equalsIgnoreCase("chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return new RawResponse(status, java.net.http.HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one HTTP response by its framing (Content-Length or chunked), not until the connection
     * closes: after refusing a body Tomcat keeps the connection open for a while to swallow the rest
     * of it (up to {@code maxSwallowSize}), which this client never sends.
     */
    private static String readOneResponse(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            seen.write(buffer, 0, n);
            String text = seen.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String head = text.substring(0, split).toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
            if (length.find() ? text.length() - split - 4 >= Integer.parseInt(length.group(1))
                    : head.contains("chunked") ? text.endsWith("\r\n0\r\n\r\n") : false) {
                break;
            }
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    /** A response read from a socket, as an HttpResponse for the shared assertions. */
    private record RawResponse(int statusCode, java.net.http.HttpHeaders headers, byte[] body) implements HttpResponse<byte[]> {
        public java.net.http.HttpRequest request() {
            return null;
        }

        public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        public java.net.URI uri() {
            return null;
        }

        public java.net.http.HttpClient.Version version() {
            return java.net.http.HttpClient.Version.HTTP_1_1;
        }
    }

    // ---- bombs ---------------------------------------------------------------------------------

    /** A .docx whose word/document.xml unpacks to {@code megabytes} MB. */
    static byte[] docxBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            docxSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] docxManyEntries(int entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            docxSkeleton(zip);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void docxSkeleton(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] manyParts(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("--GRANS\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nx\r\n");
        }
        sb.append("--GRANS\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhej\r\n--GRANS--\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Hand-written PDFs that PDFBox would never write. */
    static final class PdfBombs {

        private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>";
        private static final String TEXT = "BT /F1 12 Tf 72 720 Td (Protokoll) Tj ET";

        static byte[] pdf(List<byte[]> objects) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                offsets.add(out.size());
                out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(objects.get(i));
                out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            int xref = out.size();
            StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(o -> sb.append(String.format("%010d 00000 n \n", o)));
            sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }

        private static byte[] b(String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        private static byte[] stream(String dictionary, byte[] data) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(b("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
            out.writeBytes(data);
            out.writeBytes(b("\nendstream"));
            return out.toByteArray();
        }

        static byte[] countLie() {
            return pdf(List.of(b("<< /Type /Catalog /Pages 2 0 R >>"), b("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>"), b(PAGE),
                    stream("", b(TEXT)), b(FONT)));
        }

        static byte[] manyPages(int n) {
            String kids = "3 0 R ".repeat(n);
            return pdf(List.of(b("<< /Type /Catalog /Pages 2 0 R >>"), b("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>"), b(PAGE),
                    stream("", b(TEXT)), b(FONT)));
        }

        static byte[] cyclicPageTree() {
            return pdf(List.of(b("<< /Type /Catalog /Pages 2 0 R >>"), b("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"), b(PAGE),
                    stream("", b(TEXT)), b(FONT)));
        }

        static byte[] recursiveXObject() {
            String form = "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> /Font << /F1 5 0 R >> >>";
            return pdf(List.of(b("<< /Type /Catalog /Pages 2 0 R >>"), b("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                    b("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X1 6 0 R >> /Font << /F1 5 0 R >> >> >>"),
                    stream("", b("/X1 Do")), b(FONT), stream(form, b("/X1 Do " + TEXT))));
        }

        static byte[] deepNesting(int depth) {
            return pdf(List.of(b("<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(depth) + "]".repeat(depth) + " >>"),
                    b("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), b(PAGE), stream("", b(TEXT)), b(FONT)));
        }

        /** One page whose content stream inflates to about {@code megabytes} × 0.6 MB of text operators. */
        static byte[] flateBomb(int megabytes) throws IOException {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] line = b("BT /F1 12 Tf 72 720 Td (aaaaaaaaaaaaaaaaaaaaaaaaaaaaa) Tj ET\n".repeat(10));
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
                for (int i = 0; i < megabytes * 1_000; i++) {
                    deflate.write(line);
                }
            }
            return pdf(List.of(b("<< /Type /Catalog /Pages 2 0 R >>"), b("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), b(PAGE),
                    stream("/Filter /FlateDecode", compressed.toByteArray()), b(FONT)));
        }
    }
}
