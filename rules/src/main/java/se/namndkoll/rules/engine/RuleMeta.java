package se.namndkoll.rules.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import se.namndkoll.rules.report.Severity;

/**
 * A DRL rule's metadata, as written in the rule file:
 * <pre>
 * rule "KL 6 kap. 27 § – nämnden är inte beslutför"
 *     &#64;ruleId("KL-QUORUM") &#64;severity("ERROR") &#64;legalBasis("KL 6 kap. 27 §")
 *     &#64;verified(false) &#64;requires("PROTOCOL, ATTENDANCE, SEATS")
 * </pre>
 * {@code legalBasis} lists citations separated by ";". {@code requires} lists what the case must
 * hold for the rule to run (see {@link Scope}).
 */
public record RuleMeta(String ruleId, Severity severity, List<String> legalBasis, boolean verified, Set<String> requires) {

    /**
     * Read once per compiled rule: a rule's metadata never changes after the build, and parsing it
     * for every finding cost more than the rule's own work (measured in docs/performance.md).
     */
    private static final Map<Rule, RuleMeta> CACHE = new ConcurrentHashMap<>();

    public RuleMeta {
        legalBasis = List.copyOf(legalBasis);
        requires = Collections.unmodifiableSet(new LinkedHashSet<>(requires));
    }

    /** The metadata of {@code rule}, parsed the first time it is asked for. */
    public static RuleMeta cached(Rule rule) {
        RuleMeta meta = CACHE.get(rule);
        if (meta == null) {
            meta = of(rule);
            CACHE.putIfAbsent(rule, meta);
        }
        return meta;
    }

    public static RuleMeta of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta, "ruleId");
        if (id == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' has no @ruleId");
        }
        String severity = text(meta, "severity");
        String basis = text(meta, "legalBasis");
        String verified = text(meta, "verified");
        String requires = text(meta, "requires");
        if (severity == null || basis == null || verified == null || requires == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' must carry @severity, @legalBasis, @verified and @requires");
        }
        return new RuleMeta(
                id,
                Severity.valueOf(severity),
                Arrays.stream(basis.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                Boolean.parseBoolean(verified),
                new LinkedHashSet<>(Arrays.stream(requires.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        // Drools keeps the quotes of a quoted annotation value.
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
