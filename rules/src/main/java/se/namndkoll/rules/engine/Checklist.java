package se.namndkoll.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.RegulationTopic;

/**
 * The checklist table, {@value #FILE}: what a reglemente or an agreement of a gemensam nämnd should
 * regulate, a block a rule with its id, document kind, topic, severity, legal basis and quotation.
 * The rule file checklista.drl applies every block; the catalogue lists every block as a rule. This
 * class only reads the table.
 */
public final class Checklist {

    public static final String FILE = RuleFiles.ROOT + "checklista/checklista.txt";

    private static final Set<String> KEYS = Set.of("ruleId", "document", "topic", "severity", "legalBasis", "quotes", "verified",
            "requires", "name");

    private static final List<ChecklistItem> ITEMS = parse(RuleFiles.lines(FILE));

    private Checklist() {
    }

    /** Every block of the table, in the order written. */
    public static List<ChecklistItem> items() {
        return ITEMS;
    }

    /** Reads blocks of "key: value" lines separated by blank lines; lines starting with "#" are comments. */
    static List<ChecklistItem> parse(List<String> lines) {
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> block = new HashMap<>();
        List<String> all = new ArrayList<>(lines);
        all.add("");
        for (String raw : all) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    ChecklistItem item = item(block);
                    if (!ids.add(item.meta().ruleId())) {
                        throw new IllegalStateException(FILE + ": " + item.meta().ruleId() + " twice");
                    }
                    items.add(item);
                    block = new HashMap<>();
                }
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon).strip();
            if (colon < 0 || !KEYS.contains(key)) {
                throw new IllegalStateException(FILE + ": a line must read 'key: value' with a key of " + KEYS + ": " + line);
            }
            if (block.put(key, line.substring(colon + 1).strip()) != null) {
                throw new IllegalStateException(FILE + ": " + key + " twice in one block: " + line);
            }
        }
        return List.copyOf(items);
    }

    private static ChecklistItem item(Map<String, String> block) {
        String name = block.get("name");
        if (name == null || block.get("document") == null || block.get("topic") == null) {
            throw new IllegalStateException(FILE + ": every block needs name, document and topic: " + block);
        }
        RuleMeta meta = RuleMeta.of(name, block::get);
        return new ChecklistItem(GoverningDocumentKind.valueOf(block.get("document")), RegulationTopic.valueOf(block.get("topic")), name,
                meta);
    }
}
