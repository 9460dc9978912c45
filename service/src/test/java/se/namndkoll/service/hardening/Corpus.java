package se.namndkoll.service.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import se.namndkoll.service.SharedSeeds;

/**
 * The valid inputs the fuzzer starts from: the README's examples, every case of the YAML corpus as
 * a check request, the bundled committees, and the example protocol and the seed documents as text,
 * PDF and Word (written here with PDFBox and POI).
 */
final class Corpus {

    static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Corpus() {
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path path) {
        try {
            return Http.JSON.readTree(read(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode checkExample() {
        return json(ROOT.resolve("docs/examples/check-quorum.json"));
    }

    static JsonNode compareExample() {
        return json(ROOT.resolve("docs/examples/compare-two-variants.json"));
    }

    /** Every YAML case's input as a POST /checks body: the case's committee by id, its date as the evaluation date. */
    static List<JsonNode> yamlCases() {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("testcases"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/src/")
                    && !p.toString().contains("/target/")).sorted().toList()) {
                JsonNode doc = YAML.readTree(file.toFile());
                String fileCommittee = doc.path("committee").asText(null);
                for (JsonNode c : doc.path("cases")) {
                    if (!c.path("input").isObject()) {
                        continue;
                    }
                    ObjectNode body = ((ObjectNode) c.get("input")).deepCopy();
                    String committee = c.path("committee").asText(fileCommittee);
                    if (committee != null && !body.has("committeeId")) {
                        body.put("committeeId", committee);
                    }
                    if (c.hasNonNull("date") && !body.has("evaluationDate")) {
                        body.put("evaluationDate", c.get("date").asText());
                    }
                    out.add(body);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The two bundled committees, as PUT bodies. */
    static List<JsonNode> committees() {
        Path dir = ROOT.resolve("rules/src/main/resources/se/namndkoll/reference/committees");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Corpus::json).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's example protocol, a document the project wrote. */
    static final Path EXAMPLE_DOCUMENT = ROOT.resolve("docs/examples/protokoll-e-namnden-2026-03-11.txt");

    /**
     * The documents' text: first the README's example protocol, then seeds 000–003 where they lie
     * beside the clone. Without the seeds (outside CI) the fuzzer starts from the example alone.
     */
    static List<String> seeds() {
        List<String> out = new ArrayList<>();
        out.add(text(EXAMPLE_DOCUMENT));
        if (SharedSeeds.find().isEmpty() && !SharedSeeds.required()) {
            System.out.println("[seeds] not beside the clone: the fuzzer starts from the project's example document only");
            return out;
        }
        for (String seed : List.of(SharedSeeds.SEED_000, SharedSeeds.SEED_001, SharedSeeds.SEED_002, SharedSeeds.SEED_003)) {
            out.add(text(SharedSeeds.path(seed)));
        }
        return out;
    }

    private static String text(Path path) {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    /** A PDF of the text's lines (WinAnsi characters only), 50 lines a page. */
    static byte[] pdf(String text, String ownerPassword, String userPassword) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().limit(400).map(Corpus::winAnsi).toList();
            for (int from = 0; from < lines.size(); from += 50) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    for (String line : lines.subList(from, Math.min(lines.size(), from + 50))) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(40, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 15;
                    }
                }
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String winAnsi(String line) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(c -> sb.append(c >= 0x20 && c <= 0xff && (c < 0x7f || c >= 0xa0) ? (char) c : ' '));
        return sb.toString();
    }

    /** A .docx with one paragraph per line. */
    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text.lines().limit(400).forEach(line -> doc.createParagraph().createRun().setText(line.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " ")));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
