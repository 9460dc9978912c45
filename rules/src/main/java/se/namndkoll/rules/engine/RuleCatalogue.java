package se.namndkoll.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import se.namndkoll.rules.law.Statutes;
import se.namndkoll.rules.report.RuleDescriptor;
import se.namndkoll.rules.report.Severity;

/**
 * The rule catalogue, built from the rule files themselves: every DRL rule's metadata and every
 * block of the checklist table ({@link Checklist}), grouped by rule id (one id may have several DRL
 * rules, e.g. one per severity), with the titles and explanations of the message bundles and the
 * DMN models and data files that feed the rule.
 */
public final class RuleCatalogue {

    private static final Pattern DRL_RULE_ID = Pattern.compile("@ruleId\\(\\s*\"([A-Z0-9-]+)\"\\s*\\)");
    private static final Pattern DMN_RULE_ID = Pattern.compile("\\b((?:KL|LOU|REGL|AGR|DOC|FIN)(?:-[A-Z0-9]+)+)\\b");

    private final Map<String, RuleDescriptor> rules;
    private final Map<String, RuleMeta> drlRules;

    private RuleCatalogue(Map<String, RuleDescriptor> rules, Map<String, RuleMeta> drlRules) {
        this.rules = rules;
        this.drlRules = drlRules;
    }

    public static RuleCatalogue build(Collection<Rule> drlRules, Messages messages, RuleFiles files) {
        Map<String, List<RuleMeta>> byId = new TreeMap<>();
        Map<String, RuleMeta> byName = new TreeMap<>();
        for (Rule rule : drlRules) {
            if (rule.getMetaData().containsKey("ruleId")) {
                RuleMeta meta = RuleMeta.of(rule);
                byName.put(rule.getName(), meta);
                meta.requires().forEach(Scope::check);
                byId.computeIfAbsent(meta.ruleId(), k -> new ArrayList<>()).add(meta);
            }
        }
        // the rules of the checklist table, which one DRL rule (without a rule id of its own) applies
        for (ChecklistItem item : Checklist.items()) {
            byName.put(item.name(), item.meta());
            item.meta().requires().forEach(Scope::check);
            byId.computeIfAbsent(item.meta().ruleId(), k -> new ArrayList<>()).add(item.meta());
        }
        Map<String, Set<String>> filesById = new LinkedHashMap<>();
        files.contents().forEach((name, text) -> {
            Pattern pattern = name.endsWith(".drl") ? DRL_RULE_ID : DMN_RULE_ID;
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                filesById.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(name);
            }
        });
        Map<String, RuleDescriptor> result = new LinkedHashMap<>();
        byId.forEach((id, metas) -> {
            Set<Severity> severities = EnumSet.noneOf(Severity.class);
            Set<String> basis = new LinkedHashSet<>();
            Map<String, Set<String>> quotes = new LinkedHashMap<>();
            Set<String> requires = new LinkedHashSet<>(metas.get(0).requires());
            boolean verified = true;
            for (RuleMeta meta : metas) {
                if (!meta.requires().equals(requires)) {
                    throw new IllegalStateException("The DRL rules of " + id + " disagree on @requires: " + requires + " vs " + meta.requires());
                }
                severities.add(meta.severity());
                basis.addAll(meta.legalBasis());
                meta.quotes().forEach((c, q) -> quotes.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(q));
                verified &= meta.confirmed();
            }
            result.put(id, new RuleDescriptor(
                    id,
                    messages.render(id + ".title", Map.of(), Messages.SWEDISH),
                    messages.render(id + ".title", Map.of(), Messages.ENGLISH),
                    severities,
                    List.copyOf(basis),
                    LegalBasisCheck.provisions(List.copyOf(basis), listed(quotes), Statutes.bundled()),
                    verified,
                    requires,
                    List.copyOf(filesById.getOrDefault(id, Set.of())),
                    messages.has(id + ".explanation", Messages.SWEDISH)
                            ? messages.render(id + ".explanation", Map.of(), Messages.SWEDISH) : null));
        });
        return new RuleCatalogue(result, Collections.unmodifiableMap(byName));
    }

    /** The quotations of each citation over all the rule's outcomes, without one that another contains. */
    private static Map<String, List<String>> listed(Map<String, Set<String>> quotes) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        quotes.forEach((c, q) -> out.put(c, q.stream()
                .filter(a -> q.stream().noneMatch(b -> !b.equals(a) && b.contains(a)))
                .toList()));
        return out;
    }

    public List<RuleDescriptor> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * The metadata of every rule, by the rule's name ("KL 6 kap. 27 § – nämnden är inte beslutför …"):
     * the DRL rules and the blocks of the checklist table.
     */
    public Map<String, RuleMeta> drlRules() {
        return drlRules;
    }

    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
