package se.namndkoll.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.TextLine;

/**
 * Pins the structure extracted from each seed document: kinds, committee, agenda or protocol,
 * tables, decisions, governing texts, fields, dates, unreadable sections, the source map and the
 * zone of every line. The expected files are in src/test/resources/golden/. After an intended
 * change of the extraction, regenerate them and review the diff:
 * <pre>
 * mvn -B -q -pl documents -am test -Dtest=GoldenSeedsTest -Dnamndkoll.updateGolden=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class GoldenSeedsTest {

    private static final ObjectMapper JSON = RulesJson.mapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static List<String> seeds() {
        return Seeds.FILES;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theExtractedStructureOfTheSeedIsUnchanged(String file) throws IOException {
        ImportedDocument imported = Seeds.imported(file);
        // compared as read back from text, so numbers compare by value and not by Java type
        JsonNode actual = JSON.readTree(JSON.writeValueAsString(view(file, imported)));
        Path golden = Path.of("src", "test", "resources", "golden", file.replace(".txt", ".json"));
        String text = JSON.writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("namndkoll.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file for %s (generate it with -Dnamndkoll.updateGolden=true)", file).exists();
        JsonNode expected = JSON.readTree(Files.readString(golden, StandardCharsets.UTF_8));
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "golden-actual", golden.getFileName().toString());
            Files.createDirectories(out.getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
            List<String> diffs = new ArrayList<>();
            diff("", expected, actual, diffs);
            throw new AssertionError("The structure extracted from " + file + " differs from " + golden + " (actual in " + out + "):\n  "
                    + String.join("\n  ", diffs.subList(0, Math.min(25, diffs.size()))));
        }
    }

    /** The case without the document's text (the seed itself): each non-blank line as "number zone [dup N]". */
    static JsonNode view(String file, ImportedDocument imported) {
        Case c = imported.input();
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.set("kinds", JSON.valueToTree(imported.kinds()));
        root.put("committee", imported.committeeId());
        ObjectNode tree = JSON.valueToTree(c);
        tree.remove("committee");
        ObjectNode document = (ObjectNode) tree.remove("document");
        root.setAll(tree);
        ArrayNode lines = JSON.createArrayNode();
        for (TextLine l : c.document().lines()) {
            if (!l.text().isBlank()) {
                lines.add(l.number() + (l.page() == null ? "" : " p" + l.page()) + " " + l.zone() + (l.duplicateOf() == null ? "" : " dup " + l.duplicateOf()));
            }
        }
        document.remove("lines");
        document.set("lines", lines);
        root.set("document", document);
        return root;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = a.fields();
            while (it.hasNext()) {
                var e = it.next();
                diff(path + "/" + e.getKey(), e.getValue(), b.has(e.getKey()) ? b.get(e.getKey()) : JSON.getNodeFactory().missingNode(), out);
            }
            b.fieldNames().forEachRemaining(k -> {
                if (!a.has(k)) {
                    out.add(path + "/" + k + ": new " + shorten(b.get(k)));
                }
            });
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "/" + i, a.get(i), b.get(i), out);
            }
        } else {
            out.add(path + ": expected " + shorten(a) + " but was " + shorten(b));
        }
    }

    private static String shorten(JsonNode n) {
        String s = n.toString();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
