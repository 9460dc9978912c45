package se.namndkoll.rules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import se.namndkoll.rules.law.Statutes;
import se.namndkoll.rules.report.Severity;

/**
 * A DRL rule's metadata, as written in the rule file:
 * <pre>
 * rule "KL 6 kap. 27 § – nämnden är inte beslutför"
 *     &#64;ruleId("KL-QUORUM") &#64;severity("ERROR") &#64;legalBasis("KL 6 kap. 27 §")
 *     &#64;quotes("KL 6 kap. 27 §: ”fler än hälften av ledamöterna är närvarande”")
 *     &#64;verified(true) &#64;requires("PROTOCOL, ATTENDANCE, SEATS")
 * </pre>
 * {@code legalBasis} lists citations separated by ";". {@code quotes} gives, for each statutory
 * citation, the operative words of the provision that the rule rests on, each in ”…” after the
 * citation and a colon, separated by ";" (a citation may have several). {@code verified} is what
 * the rule file claims; the build checks it against the statute text (StatuteCitationsTest), and
 * {@link #confirmed()} is the claim together with that check. {@code requires} lists what the case
 * must hold for the rule to run (see {@link Scope}).
 *
 * @param citationProblems what the check of the statutory citations and quotations against the
 *     bundled statute text found wrong; empty when every statutory citation is confirmed
 */
public record RuleMeta(String ruleId, Severity severity, List<String> legalBasis, Map<String, List<String>> quotes, boolean verified,
        Set<String> requires, List<String> citationProblems) {

    /** One quotation: a citation, a colon and the words in ”…”; then ";" or the end. */
    private static final Pattern QUOTE = Pattern.compile("\\G\\s*(.+?):\\s*”([^”]+)”\\s*(?:;|$)");

    /**
     * Read once per compiled rule: a rule's metadata never changes after the build, and parsing it
     * for every finding cost more than the rule's own work (measured in docs/performance.md).
     */
    private static final Map<Rule, RuleMeta> CACHE = new ConcurrentHashMap<>();

    public RuleMeta {
        legalBasis = List.copyOf(legalBasis);
        Map<String, List<String>> q = new LinkedHashMap<>();
        quotes.forEach((k, v) -> q.put(k, List.copyOf(v)));
        quotes = Collections.unmodifiableMap(q);
        requires = Collections.unmodifiableSet(new LinkedHashSet<>(requires));
        citationProblems = List.copyOf(citationProblems);
    }

    /** Verified: the rule file says so and every statutory citation stood the check against the text. */
    public boolean confirmed() {
        return verified && citationProblems.isEmpty();
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
        List<String> citations = Arrays.stream(basis.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Map<String, List<String>> quotes = quotes(rule.getName(), text(meta, "quotes"));
        return new RuleMeta(
                id,
                Severity.valueOf(severity),
                citations,
                quotes,
                Boolean.parseBoolean(verified),
                new LinkedHashSet<>(Arrays.stream(requires.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()),
                LegalBasisCheck.problems(citations, quotes, Statutes.bundled()));
    }

    /** Reads {@code @quotes}: citation → the words quoted from it, in the order written. */
    public static Map<String, List<String>> quotes(String ruleName, String value) {
        Map<String, List<String>> quotes = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return quotes;
        }
        Matcher m = QUOTE.matcher(value);
        int end = 0;
        while (end < value.length() && m.find()) {
            quotes.computeIfAbsent(m.group(1).trim(), k -> new ArrayList<>()).add(m.group(2));
            end = m.end();
        }
        if (!value.substring(end).isBlank()) {
            throw new IllegalStateException("Rule '" + ruleName + "': @quotes must read 'CITATION: ”words”; CITATION: ”words”', not: "
                    + value.substring(end));
        }
        return quotes;
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
