package se.namndkoll.testcases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.report.RuleDescriptor;

/**
 * The statutory citations of the rules that drafted committees make possible, checked against the
 * statute text beside the clone (../shared/legal/statutes/kommunallagen.json, consolidated text of
 * February 2026): the cited section exists and holds the words the rule applies. Without the texts
 * the test says so and skips, except in CI ({@code NAMNDKOLL_CI=true}), where it fails.
 */
class DraftRuleCitationsTest {

    /** Rule id, its one statutory citation, and the words of that section the rule applies. */
    private static final Map<String, Map.Entry<String, String[]>> QUOTED = Map.of(
            "KL-JOINT-SUBSTITUTE-COUNT", Map.entry("KL 9 kap. 24 §", new String[] {
                "Var och en av de samverkande kommunerna och regionerna ska vara representerade i den gemensamma nämnden med minst en ledamot och en ersättare.",
                "Antalet ersättare ska vara lika många som antalet ledamöter."}));

    @Test
    void theCitedSectionHoldsTheWordsTheRuleApplies() throws IOException {
        Path law = CaseFile.root().getParent().getParent().resolve("shared").resolve("legal").resolve("statutes").resolve("kommunallagen.json");
        if (!Files.isRegularFile(law)) {
            String line = "[statutes] skipped: " + law + " is not there";
            if ("true".equalsIgnoreCase(System.getenv("NAMNDKOLL_CI")) || Boolean.getBoolean("namndkoll.ci")) {
                fail(line.replace("skipped", "missing in CI"));
            }
            System.out.println(line);
            Assumptions.abort(line);
        }
        JsonNode provisions = new ObjectMapper().readTree(law.toFile()).get("provisions");
        QUOTED.forEach((ruleId, citation) -> {
            RuleDescriptor rule = Engine.get().catalogue().find(ruleId).orElseThrow();
            assertThat(rule.legalBasis()).as(ruleId + " cites").containsExactly(citation.getKey());
            assertThat(rule.verified()).as(ruleId + " is verified").isTrue();
            // "KL 9 kap. 24 §" is provision_ref "9:24"
            String ref = citation.getKey().replaceAll("KL (\\d+) kap\\. (\\d+) §", "$1:$2");
            String text = null;
            for (JsonNode p : provisions) {
                if (p.get("provision_ref").asText().equals(ref)) {
                    text = p.get("content").asText();
                }
            }
            assertThat(text).as(citation.getKey() + " in the statute text").isNotNull();
            for (String words : citation.getValue()) {
                assertThat(text).as(citation.getKey()).contains(words);
            }
        });
    }
}
