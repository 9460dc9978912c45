package se.namndkoll.testcases.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document's label (testcases/corpus/*.yaml): what a careful secretary reads in it, written from
 * reading the text. A fact the text does not show is {@code not stated}, read here as {@link #NOT_STATED}.
 *
 * @param path the label file
 * @param file the document's file name
 * @param synthetic whether the project wrote the document
 * @param kinds the kinds, main kind first
 * @param facts the facts by field, each a value or {@link #NOT_STATED}
 * @param must findings that must be reported
 * @param may findings that may be reported
 * @param mustNot findings that must not be reported
 */
record Label(Path path, String file, boolean synthetic, List<String> kinds, Facts facts,
        List<Expected> must, List<Expected> may, List<Expected> mustNot) {

    /** A fact the text does not show. */
    static final Object NOT_STATED = new Object() {
        @Override
        public String toString() {
            return "not stated";
        }
    };

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A finding a label expects (or forbids): its rule, and its severity and variant where the label gives them. */
    record Expected(String rule, String severity, String variant, String why) {

        boolean matches(String ruleId, String findingSeverity, String findingVariant) {
            return (rule == null || rule.equals("*") || rule.equals(ruleId))
                    && (severity == null || severity.equalsIgnoreCase(findingSeverity))
                    && (variant == null || variant.equals(findingVariant));
        }

        @Override
        public String toString() {
            return (rule == null ? "*" : rule) + (severity == null ? "" : "/" + severity) + (variant == null ? "" : "/" + variant);
        }
    }

    static Label read(Path path) {
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("label " + path + " cannot be read", e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("file") || !root.has("kinds")) {
            throw new IllegalArgumentException(path + ": a label needs 'file' and 'kinds'");
        }
        List<String> kinds = new ArrayList<>();
        root.get("kinds").forEach(k -> kinds.add(k.asText().toUpperCase(Locale.ROOT)));
        JsonNode findings = root.path("findings");
        return new Label(path, root.get("file").asText(), root.path("synthetic").asBoolean(false), List.copyOf(kinds),
                Facts.of(path, root), expected(findings.path("must")), expected(findings.path("may")), expected(findings.path("must_not")));
    }

    private static List<Expected> expected(JsonNode list) {
        List<Expected> out = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode e : list) {
                out.add(new Expected(text(e, "rule"), text(e, "severity"), text(e, "variant"), text(e, "why")));
            }
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    String mainKind() {
        return kinds.isEmpty() ? "OTHER" : kinds.get(0);
    }

    boolean hasKind(String kind) {
        return kinds.contains(kind);
    }

    /** The facts of a label, as the fields of {@link Field} read them. */
    record Facts(JsonNode root, Path path) {

        static Facts of(Path path, JsonNode root) {
            return new Facts(root, path);
        }

        /** The value at a dotted path ("meeting.date"), {@link #NOT_STATED}, or {@code null} when the label lacks the key. */
        Object at(String dotted) {
            JsonNode n = root;
            for (String part : dotted.split("\\.")) {
                n = n == null ? null : n.get(part);
            }
            if (n == null || n.isMissingNode()) {
                return null;
            }
            if (n.isNull() || (n.isTextual() && n.asText().trim().equalsIgnoreCase("not stated"))) {
                return NOT_STATED;
            }
            return n;
        }

        LocalDate date(String dotted) {
            Object v = at(dotted);
            return v instanceof JsonNode n ? LocalDate.parse(n.asText().trim()) : null;
        }

        LocalTime time(String dotted) {
            Object v = at(dotted);
            return v instanceof JsonNode n ? LocalTime.parse(normaliseTime(n)) : null;
        }

        Integer integer(String dotted) {
            Object v = at(dotted);
            if (!(v instanceof JsonNode n)) {
                return null;
            }
            if (n.isTextual() && n.asText().trim().matches("\\d{1,6}")) {
                return Integer.parseInt(n.asText().trim());
            }
            if (!n.canConvertToInt()) {
                throw new IllegalArgumentException(path + ": " + dotted + " is not a number or 'not stated': " + n);
            }
            return n.asInt();
        }

        Boolean bool(String dotted) {
            Object v = at(dotted);
            return v instanceof JsonNode n ? n.asBoolean() : null;
        }

        String string(String dotted) {
            Object v = at(dotted);
            return v instanceof JsonNode n ? n.asText() : null;
        }

        private static String normaliseTime(JsonNode n) {
            // YAML 1.1 reads an unquoted 09:00 as sexagesimal 540
            if (n.isInt()) {
                int minutes = n.asInt();
                return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
            }
            String s = n.asText().trim().replace('.', ':');
            return s.length() == 4 ? "0" + s : s;
        }
    }
}
