package se.namndkoll.testcases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;

/** Compares a report with a case's expectations and explains any difference. */
final class Expectations {

    private static final ObjectMapper JSON = RulesJson.mapper();

    private Expectations() {
    }

    /** The rule ids a case is about: its file's rule and any other id its expectations name. */
    static Set<String> ruleIdsOf(CaseFile.TestCase testCase) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(testCase.file().rule());
        for (JsonNode expected : testCase.expect().get("findings")) {
            if (expected.hasNonNull("ruleId")) {
                ids.add(expected.get("ruleId").asText());
            }
        }
        return ids;
    }

    /** An empty list when the report meets the expectations, else one line per difference. */
    static List<String> differences(CaseFile.TestCase testCase, Report report) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = ruleIdsOf(testCase);
        if (testCase.expectsEvaluated() && !report.rulesEvaluated().contains(testCase.file().rule())) {
            problems.add("rule " + testCase.file().rule() + " did not run on this case (rulesEvaluated: " + report.rulesEvaluated() + ")");
        }
        if (!testCase.expectsEvaluated() && report.rulesEvaluated().contains(testCase.file().rule())) {
            problems.add("rule " + testCase.file().rule() + " ran although the case expects it not to");
        }
        List<Finding> actual = report.findings().stream().filter(f -> ids.contains(f.ruleId())).collect(Collectors.toCollection(ArrayList::new));
        List<JsonNode> unmatched = new ArrayList<>();
        for (JsonNode expected : testCase.expect().get("findings")) {
            Finding match = actual.stream().filter(f -> matches(expected, f, testCase.file().rule())).findFirst().orElse(null);
            if (match == null) {
                unmatched.add(expected);
            } else {
                actual.remove(match);
            }
        }
        unmatched.forEach(e -> problems.add("expected but not reported: " + e));
        actual.forEach(f -> problems.add("reported but not expected: " + describe(f)));
        return problems;
    }

    static boolean matches(JsonNode expected, Finding f, String defaultRule) {
        String ruleId = expected.hasNonNull("ruleId") ? expected.get("ruleId").asText() : defaultRule;
        if (!ruleId.equals(f.ruleId())) {
            return false;
        }
        if (expected.hasNonNull("severity") && !expected.get("severity").asText().equals(f.severity().name())) {
            return false;
        }
        if (expected.hasNonNull("variant") && !expected.get("variant").asText().equals(f.variant())) {
            return false;
        }
        if (expected.hasNonNull("location") && !expected.get("location").asText().equals(f.location().pointer())) {
            return false;
        }
        if (expected.hasNonNull("line") && !Integer.valueOf(expected.get("line").asInt()).equals(f.location().line())) {
            return false;
        }
        // the Swedish message as the user reads it, word for word
        if (expected.hasNonNull("message") && !expected.get("message").asText().equals(f.message())) {
            return false;
        }
        if (expected.hasNonNull("facts")) {
            Iterator<Map.Entry<String, JsonNode>> facts = expected.get("facts").fields();
            while (facts.hasNext()) {
                Map.Entry<String, JsonNode> fact = facts.next();
                if (!f.facts().containsKey(fact.getKey()) || !sameValue(fact.getValue(), f.facts().get(fact.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameValue(JsonNode expected, Object actual) {
        JsonNode actualNode = JSON.valueToTree(actual);
        if (expected.isNumber() && actualNode.isNumber()) {
            return new BigDecimal(expected.asText()).compareTo(new BigDecimal(actualNode.asText())) == 0;
        }
        if (expected.isTextual() && !actualNode.isTextual()) {
            return expected.asText().equals(actualNode.asText());
        }
        return expected.equals(actualNode);
    }

    static String describe(Finding f) {
        return f.ruleId() + "/" + f.variant() + " " + f.severity() + " at " + f.location().pointer()
                + (f.location().line() == null ? "" : " line " + f.location().line()) + " facts " + f.facts() + ": " + f.message();
    }

    /** A short reminder of what the case fed the engine, for failure messages. */
    static String summary(Case c) {
        SourceDocument d = c.document();
        return "evaluationDate=" + c.effectiveDate().orElse(null) + (d == null ? "" : ", document " + d.name());
    }
}
