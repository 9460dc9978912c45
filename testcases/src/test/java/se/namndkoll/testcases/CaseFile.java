package se.namndkoll.testcases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.namndkoll.rules.json.JsonMergePatch;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.reference.ReferenceCommittees;

/**
 * One YAML file of test cases for one rule:
 * <pre>
 * rule: KL-QUORUM
 * base:                 # optional: input shared by every case; each case's input is merged over it
 *   protocol: {...}
 * cases:
 *   - name: Nämnden är beslutför när 8 av 14 ledamöter är närvarande
 *     date: 2020-03-11    # evaluation date (optional when the input has a dated protocol)
 *     committee: e-namnden-norrbotten   # bundled committee, patched by base's and this input's committee
 *                                       # (a null removes the base's value, or else the bundled one)
 *     input: {...}        # JSON Merge Patch over base
 *     expect:
 *       findings: []      # or a list of {ruleId, severity, variant, location, line, facts}
 *       evaluated: true   # the rule must have run (default true)
 * </pre>
 */
final class CaseFile {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = RulesJson.mapper();

    private final Path path;
    private final String rule;
    private final JsonNode base;
    private final List<TestCase> cases = new ArrayList<>();

    private CaseFile(Path path, String rule, JsonNode base) {
        this.path = path;
        this.rule = rule;
        this.base = base;
    }

    Path path() {
        return path;
    }

    /** The rule id this file proves. */
    String rule() {
        return rule;
    }

    List<TestCase> cases() {
        return cases;
    }

    /** One case of a file. */
    record TestCase(CaseFile file, int index, String name, JsonNode spec) {

        Case toCase() {
            JsonNode caseInput = spec.has("input") ? spec.get("input") : JSON.createObjectNode();
            ObjectNode input = (ObjectNode) JsonMergePatch.apply(file.base, caseInput);
            if (spec.hasNonNull("committee")) {
                String id = spec.get("committee").asText();
                Committee reference = ReferenceCommittees.find(id)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown reference committee " + id));
                // The reference committee, patched by the base's committee patch and then the
                // case's. A null in the case's patch removes the nearest definition: the base's
                // value when the base sets that field, otherwise the reference committee's.
                JsonNode patch = overlay(file.base.get("committee"), caseInput.get("committee"));
                input.set("committee", JsonMergePatch.apply(JSON.valueToTree(reference), patch));
            }
            if (spec.hasNonNull("date")) {
                input.put("evaluationDate", LocalDate.parse(spec.get("date").asText()).toString());
            }
            try {
                return JSON.treeToValue(input, Case.class);
            } catch (IOException e) {
                throw new IllegalArgumentException("The input of case '" + name + "' does not fit the fact model: " + e.getMessage(), e);
            }
        }

        /**
         * Combines two merge patches into one: {@code top} over {@code bottom}. A null in
         * {@code top} cancels {@code bottom}'s value for that field when there is one, and is kept
         * (to remove the field from what the combined patch is applied to) when there is not.
         */
        static JsonNode overlay(JsonNode bottom, JsonNode top) {
            if (top == null) {
                return bottom;
            }
            if (bottom == null || !bottom.isObject() || !top.isObject()) {
                return top;
            }
            ObjectNode result = ((ObjectNode) bottom).deepCopy();
            top.fields().forEachRemaining(field -> {
                if (field.getValue().isNull() && result.has(field.getKey())) {
                    result.remove(field.getKey());
                } else {
                    result.set(field.getKey(), overlay(result.get(field.getKey()), field.getValue()));
                }
            });
            return result;
        }

        JsonNode expect() {
            JsonNode expect = spec.get("expect");
            if (expect == null || !expect.has("findings")) {
                throw new IllegalArgumentException("Case '" + name + "' has no expect.findings");
            }
            return expect;
        }

        /** Whether the case expects its file's rule to have run (default yes). */
        boolean expectsEvaluated() {
            return !expect().has("evaluated") || expect().get("evaluated").asBoolean();
        }
    }

    static CaseFile read(Path path) {
        try {
            JsonNode root = YAML.readTree(path.toFile());
            if (root == null || !root.hasNonNull("rule") || !root.has("cases")) {
                throw new IllegalArgumentException(path + ": a case file needs 'rule' and 'cases'");
            }
            CaseFile file = new CaseFile(path, root.get("rule").asText(), root.has("base") ? root.get("base") : JSON.createObjectNode());
            int i = 0;
            for (JsonNode spec : root.get("cases")) {
                if (!spec.hasNonNull("name")) {
                    throw new IllegalArgumentException(path + ": case " + i + " has no name");
                }
                file.cases.add(new TestCase(file, i++, spec.get("name").asText(), spec));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case file under the testcases module, sorted by path (the corpus's labels are no case files). */
    static List<CaseFile> all() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !root.relativize(p).startsWith("src") && !root.relativize(p).startsWith("target")
                            && !root.relativize(p).startsWith("corpus"))
                    .sorted()
                    .map(CaseFile::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        return Path.of(System.getProperty("namndkoll.testcases.dir", ".")).toAbsolutePath().normalize();
    }
}
