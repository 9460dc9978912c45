package se.namndkoll.service.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.service.security.Caller;

/**
 * The lawyers' what-if: a baseline arrangement and named variants, each a JSON Merge Patch over the
 * baseline (with its committee resolved). Every input is read and validated before any is
 * checked. A finding's identity is its rule id, variant (outcome) and location pointer; the
 * difference of a variant lists the findings added, removed and unchanged by that identity.
 */
@Service
public class CompareService {

    /** A named variant. */
    public record Variant(String name, String description, JsonNode patch) {
    }

    private final CaseReader reader;
    private final CheckService checks;

    public CompareService(CaseReader reader, CheckService checks) {
        this.reader = reader;
        this.checks = checks;
    }

    public Comparison compare(JsonNode baseline, List<Variant> variants, Caller caller) {
        ResolvedCase base = reader.read(baseline, "/baseline");
        Set<String> names = new HashSet<>();
        List<ResolvedCase> resolved = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            if (!names.add(variant.name())) {
                throw new InvalidInputException(InputError.at("/variants/" + i + "/name", "duplicate-name", Map.of("name", variant.name())));
            }
            resolved.add(reader.variant(base, variant.patch(), "/variants/" + i + "/patch"));
        }
        CheckOutcome baseOutcome = checks.check(base, caller, CheckService.COMPARE, "baseline");
        Map<String, Finding> before = byIdentity(baseOutcome.report().findings());
        List<Comparison.VariantOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            CheckOutcome outcome = checks.check(resolved.get(i), caller, CheckService.COMPARE, variants.get(i).name());
            Map<String, Finding> after = byIdentity(outcome.report().findings());
            List<Finding> added = new ArrayList<>();
            List<Finding> unchanged = new ArrayList<>();
            after.forEach((key, finding) -> (before.containsKey(key) ? unchanged : added).add(finding));
            List<Finding> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
            outcomes.add(new Comparison.VariantOutcome(variants.get(i).name(), variants.get(i).description(), outcome, added,
                    removed, unchanged));
        }
        return new Comparison(baseOutcome, outcomes);
    }

    /** A finding's identity across variants: rule id, outcome variant and location pointer. */
    static String identity(Finding f) {
        return f.ruleId() + "\u0000" + f.variant() + "\u0000" + f.location().pointer();
    }

    private static Map<String, Finding> byIdentity(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.putIfAbsent(identity(f), f));
        return map;
    }
}
