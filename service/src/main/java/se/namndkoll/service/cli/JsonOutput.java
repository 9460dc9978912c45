package se.namndkoll.service.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.GoverningDocumentKind;

/**
 * The JSON output: {@code {"ruleSetVersion": …, "results": [{"source", "documentKind",
 * "committee", "body", "verdict", "findings", "rulesEvaluated", "rulesNotRun"}]}}, one result per
 * file in the order given. {@code verdict} is PASS, WARN, INCOMPLETE (no error, but rules that judge
 * the file could not run for want of the committee: {@code rulesNotRun}) or FAIL, as in the API.
 * {@code documentKind} lists what the file holds ("PROTOCOL", "FINANCIAL", …); {@code committee}
 * is the committee's id or null; {@code body} names the committee checked against or the body the
 * document names ({@code registered: false}, {@code label} "… – inte registrerad"), or is null.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = RulesJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static String render(String ruleSetVersion, List<CheckCommand.Result> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ruleSetVersion", ruleSetVersion);
        ArrayNode list = root.putArray("results");
        for (CheckCommand.Result r : results) {
            ObjectNode m = list.addObject();
            m.put("source", r.source());
            m.set("documentKind", MAPPER.valueToTree(r.kinds()));
            m.put("committee", r.committeeId()); // null when no committee was given or recognised
            if (r.body() == null) {
                m.putNull("body");
            } else {
                ObjectNode body = m.putObject("body");
                body.put("name", r.body().name());
                body.put("registered", r.body().registered());
                body.put("label", r.body().label(Locale.forLanguageTag("sv-SE")));
            }
            m.put("verdict", r.report().verdict().name());
            m.set("findings", MAPPER.valueToTree(r.report().findings()));
            m.set("rulesEvaluated", MAPPER.valueToTree(r.report().rulesEvaluated()));
            m.set("rulesNotRun", MAPPER.valueToTree(r.report().rulesNotRun()));
        }
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
