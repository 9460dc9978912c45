package se.namndkoll.service.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The examples of each rule: the YAML test cases of the corpus, copied into the jar at build time
 * (under {@code testcases/}), read once. An example says whether the rule is expected to fire on
 * it, and with which severities; a case that expects the rule not to run at all says so.
 */
@Service
public class RuleExamplesService {

    /** Where the build puts the corpus on the classpath. */
    static final String LOCATION = "classpath*:testcases/**/*.yaml";

    /**
     * One test case as an example of a rule.
     *
     * @param name the case's sentence
     * @param file the case file, relative to the corpus root ("kl/kl-06-27-beslutforhet.yaml")
     * @param committee the bundled committee the case uses, if any
     * @param date the evaluation date the case sets, if any
     * @param evaluated whether the rule runs on the case
     * @param fires whether the rule reports a finding on it
     * @param severities the severities of the findings it expects of the rule
     */
    public record Example(String name, String file, String committee, String date, boolean evaluated, boolean fires,
            List<String> severities) {
    }

    private final RuleCatalogueService catalogue;
    private volatile Map<String, List<Example>> byRule;

    public RuleExamplesService(RuleCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /** @throws se.namndkoll.service.NotFoundException when there is no such rule */
    public List<Example> examples(String ruleId) {
        catalogue.get(ruleId);
        return all().getOrDefault(ruleId, List.of());
    }

    private Map<String, List<Example>> all() {
        Map<String, List<Example>> result = byRule;
        if (result == null) {
            result = load();
            byRule = result;
        }
        return result;
    }

    static Map<String, List<Example>> load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, List<Example>> result = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Resource> sorted = new ArrayList<>(List.of(resources));
            sorted.sort(Comparator.comparing(RuleExamplesService::relative));
            for (Resource resource : sorted) {
                JsonNode root;
                try (InputStream in = resource.getInputStream()) {
                    root = yaml.readTree(in);
                }
                if (root == null || !root.hasNonNull("rule") || !root.path("cases").isArray()) {
                    continue;
                }
                read(root, relative(resource), result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The rule examples cannot be read", e);
        }
        return result;
    }

    /** The rules a case names: its file's rule (the default) and any rule id an expected finding names. */
    private static void read(JsonNode root, String file, Map<String, List<Example>> result) {
        String fileRule = root.get("rule").asText();
        for (JsonNode spec : root.get("cases")) {
            if (!spec.hasNonNull("name")) {
                continue;
            }
            JsonNode expect = spec.path("expect");
            Map<String, Set<String>> severities = new LinkedHashMap<>();
            for (JsonNode finding : expect.path("findings")) {
                String id = finding.hasNonNull("ruleId") ? finding.get("ruleId").asText() : fileRule;
                Set<String> set = severities.computeIfAbsent(id, k -> new LinkedHashSet<>());
                if (finding.hasNonNull("severity")) {
                    set.add(finding.get("severity").asText());
                }
            }
            boolean fileRuleRuns = !expect.has("evaluated") || expect.get("evaluated").asBoolean();
            Set<String> rules = new LinkedHashSet<>();
            rules.add(fileRule);
            rules.addAll(severities.keySet());
            for (String rule : rules) {
                boolean fires = severities.containsKey(rule);
                boolean evaluated = !rule.equals(fileRule) || fileRuleRuns || fires;
                result.computeIfAbsent(rule, k -> new ArrayList<>()).add(new Example(spec.get("name").asText(), file,
                        text(spec, "committee"), text(spec, "date"), evaluated, fires,
                        List.copyOf(severities.getOrDefault(rule, Set.of()))));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String relative(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("/testcases/");
            return at < 0 ? resource.getFilename() : url.substring(at + "/testcases/".length());
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }
}
