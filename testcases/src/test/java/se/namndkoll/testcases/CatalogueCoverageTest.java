package se.namndkoll.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.report.RuleDescriptor;

/**
 * Keeps the test corpus honest: every rule in the catalogue has a case where it fires and a case
 * where it runs and does not fire, and no case names a rule that does not exist.
 */
class CatalogueCoverageTest {

    /** Issue #3 asks for a corpus of at least 120 cases; it must not shrink below that. */
    private static final int MINIMUM_CASES = 120;

    @Test
    void everyRuleHasAFiringAndANonFiringCase() {
        Map<String, Integer> firing = new HashMap<>();
        Map<String, Integer> nonFiring = new HashMap<>();
        for (CaseFile file : CaseFile.all()) {
            for (CaseFile.TestCase testCase : file.cases()) {
                Set<String> expectedIds = new TreeSet<>();
                for (JsonNode expected : testCase.expect().get("findings")) {
                    expectedIds.add(expected.hasNonNull("ruleId") ? expected.get("ruleId").asText() : file.rule());
                }
                expectedIds.forEach(id -> firing.merge(id, 1, Integer::sum));
                if (testCase.expectsEvaluated() && !expectedIds.contains(file.rule())) {
                    nonFiring.merge(file.rule(), 1, Integer::sum);
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        for (RuleDescriptor rule : Engine.get().catalogue().rules()) {
            if (!firing.containsKey(rule.id())) {
                gaps.add(rule.id() + " has no case where it fires");
            }
            if (!nonFiring.containsKey(rule.id())) {
                gaps.add(rule.id() + " has no case where it runs and does not fire");
            }
        }
        assertThat(gaps).as("rules without both kinds of case").isEmpty();
    }

    @Test
    void everyCaseNamesAKnownRule() {
        Set<String> known = new TreeSet<>();
        Engine.get().catalogue().rules().forEach(r -> known.add(r.id()));
        List<String> unknown = new ArrayList<>();
        for (CaseFile file : CaseFile.all()) {
            if (!known.contains(file.rule())) {
                unknown.add(file.path() + ": rule " + file.rule());
            }
            for (CaseFile.TestCase testCase : file.cases()) {
                for (String id : Expectations.ruleIdsOf(testCase)) {
                    if (!known.contains(id)) {
                        unknown.add(file.path() + " case '" + testCase.name() + "': rule " + id);
                    }
                }
            }
        }
        assertThat(unknown).as("cases naming rules that are not in the catalogue").isEmpty();
    }

    @Test
    void everyRuleHasItsOwnCaseFile() {
        Set<String> withFile = new TreeSet<>();
        CaseFile.all().forEach(f -> withFile.add(f.rule()));
        List<String> missing = Engine.get().catalogue().rules().stream().map(RuleDescriptor::id)
                .filter(id -> !withFile.contains(id)).toList();
        assertThat(missing).as("rules without a case file").isEmpty();
    }

    @Test
    void theCorpusHasAtLeastTheRequiredNumberOfCases() {
        int cases = CaseFile.all().stream().mapToInt(f -> f.cases().size()).sum();
        assertThat(cases).isGreaterThanOrEqualTo(MINIMUM_CASES);
    }
}
