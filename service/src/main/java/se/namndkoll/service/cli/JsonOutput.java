package se.namndkoll.service.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.GoverningDocumentKind;

/**
 * The JSON output: {@code {"ruleSetVersion": …, "results": [{"source", "documentKind",
 * "committee", "findings", "rulesEvaluated"}]}}, one result per file in the order given.
 * {@code documentKind} lists what the file holds ("PROTOCOL", "FINANCIAL", …); {@code committee}
 * is the committee's id or null.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = RulesJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static String render(String ruleSetVersion, List<CheckCommand.Result> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ruleSetVersion", ruleSetVersion);
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckCommand.Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("documentKind", r.kinds());
            m.put("committee", r.committeeId());
            m.put("findings", r.report().findings());
            m.put("rulesEvaluated", r.report().rulesEvaluated());
            list.add(m);
        }
        root.put("results", list);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a JSON case holds, as document kinds: its source document's kinds, or its parts. */
    static List<String> kindsOf(Case c) {
        if (c.document() != null && !c.document().kinds().isEmpty()) {
            return c.document().kinds().stream().map(Enum::name).toList();
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (c.agenda() != null) {
            kinds.add(DocumentKind.AGENDA);
        }
        if (c.protocol() != null) {
            kinds.add(DocumentKind.PROTOCOL);
        }
        c.governingTexts().forEach(g -> kinds.add(g.kind() == GoverningDocumentKind.REGLEMENTE ? DocumentKind.REGLEMENTE : DocumentKind.AGREEMENT));
        if (c.budget() != null || !c.tables().isEmpty()) {
            kinds.add(DocumentKind.FINANCIAL);
        }
        if (kinds.isEmpty()) {
            kinds.add(DocumentKind.OTHER);
        }
        return kinds.stream().map(Enum::name).toList();
    }
}
