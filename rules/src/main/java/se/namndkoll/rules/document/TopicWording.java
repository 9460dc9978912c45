package se.namndkoll.rules.document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.namndkoll.rules.engine.RuleFiles;
import se.namndkoll.rules.model.RegulationTopic;

/**
 * The wording by which a reglemente or samverkansavtal/överenskommelse regulates each topic of the
 * checklist rules, as the rule file {@value #FILE} states it beside the rules and their legal
 * basis. This class only reads the file; what counts as regulating a topic is decided there.
 */
public final class TopicWording {

    public static final String FILE = RuleFiles.ROOT + "checklista/reglerade-amnen.txt";

    private static final Map<RegulationTopic, Pattern> PATTERNS = parse(RuleFiles.lines(FILE));

    private TopicWording() {
    }

    /** Each topic's wording, in the order of {@link RegulationTopic}. */
    public static Map<RegulationTopic, Pattern> patterns() {
        return PATTERNS;
    }

    /** Reads the file's lines: "TOPIC regular expression"; the alternatives of a topic are joined. */
    static Map<RegulationTopic, Pattern> parse(List<String> lines) {
        Map<RegulationTopic, StringBuilder> alternatives = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException(FILE + ": a line must read 'TOPIC expression': " + line);
            }
            RegulationTopic topic = RegulationTopic.valueOf(line.substring(0, space));
            StringBuilder expression = alternatives.computeIfAbsent(topic, t -> new StringBuilder());
            if (expression.length() > 0) {
                expression.append('|');
            }
            expression.append(line.substring(space + 1).strip());
        }
        Map<RegulationTopic, Pattern> patterns = new EnumMap<>(RegulationTopic.class);
        alternatives.forEach((topic, expression) -> patterns.put(topic, Pattern.compile("(?iu)" + expression)));
        for (RegulationTopic topic : RegulationTopic.values()) {
            if (!patterns.containsKey(topic)) {
                throw new IllegalStateException(FILE + " has no wording for " + topic);
            }
        }
        return Collections.unmodifiableMap(patterns);
    }
}
