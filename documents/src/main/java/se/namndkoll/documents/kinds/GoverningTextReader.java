package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.document.TopicWording;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.GoverningText;
import se.namndkoll.rules.model.RegulatedTopic;
import se.namndkoll.rules.model.RegulationTopic;

/**
 * Reads which topics the text of a reglemente or samverkansavtal/överenskommelse regulates
 * (parties, representation, host, chair, budget in samråd, cost allocation, över-/underskott,
 * revision, termination), and where. The wording that counts as regulating each topic is the rule
 * set's ({@link TopicWording}, the file checklista/reglerade-amnen.txt of the rules module).
 */
public final class GoverningTextReader {

    static final Pattern REGLEMENTE_TITLE = Pattern.compile("(?iu)^(?:reglemente|nämndreglemente)\\b.*");
    static final Pattern AGREEMENT_TITLE = Pattern.compile("(?iu)^(?:samverkansavtal|samarbetsavtal|samarbetsöverenskommelse|samverkansöverenskommelse|"
            + "avtal (?:om|för|mellan)|överenskommelse (?:om|för|mellan)|överenskommelse$|avtal$)\\b.*");

    /** The wording of each topic: data of the rules module, beside the checklist rules and their legal basis. */
    private static final Map<RegulationTopic, Pattern> TOPICS = TopicWording.patterns();

    /**
     * The reglemente's or agreement's reader: a part whose title (within its first lines, or after a
     * letterhead of a few lines at the document's start) names a reglemente or an agreement, with the
     * topics it regulates; null when the part is neither.
     */
    public static final KindReader<GoverningText> READER = (w, from, to, context) -> {
        int title = w.nextContent(from);
        if (title < 0 || title > to) {
            return null;
        }
        GoverningDocumentKind kind = title - from <= 6 ? kindOf(w.clean[title]) : null;
        if (kind == null && from == 0) {
            // a standalone document's title may follow a line or two of letterhead
            for (int i = title; i <= Math.min(to, title + 8) && kind == null; i++) {
                if (w.content(i) && Texts.wordCount(w.clean[i]) <= 14 && !w.clean[i].endsWith(".")) {
                    kind = kindOf(w.clean[i]);
                    title = kind != null ? i : title;
                }
            }
        }
        return kind == null ? null : read(w, kind, title, from, to, context.index());
    };

    private GoverningTextReader() {
    }

    /** The kind a part title names, or null. */
    public static GoverningDocumentKind kindOf(String title) {
        if (REGLEMENTE_TITLE.matcher(title).matches()) {
            return GoverningDocumentKind.REGLEMENTE;
        }
        if (AGREEMENT_TITLE.matcher(title).matches()) {
            return GoverningDocumentKind.AGREEMENT;
        }
        return null;
    }

    public static GoverningText read(Layout w, GoverningDocumentKind kind, int titleLine, int from, int to, int index) {
        String p = "/governingTexts/" + index;
        w.span(p, from, to);
        List<Object[]> found = new ArrayList<>();
        for (Map.Entry<RegulationTopic, Pattern> e : TOPICS.entrySet()) {
            for (int i = from; i <= to && i < w.size(); i++) {
                if (!w.content(i)) {
                    continue;
                }
                // a sentence may run over two lines: read each line with the next
                String here = w.clean[i];
                int next = w.nextContent(i + 1);
                String both = next > 0 && next <= to && next - i <= 2 ? here + " " + w.clean[next] : here;
                if (e.getValue().matcher(here).find() || (e.getKey() != RegulationTopic.PARTIES && e.getValue().matcher(both).find() && !e.getValue().matcher(w.clean[next]).find())) {
                    found.add(new Object[] {e.getKey(), i});
                    break;
                }
            }
        }
        found.sort(Comparator.comparing((Object[] o) -> (Integer) o[1]).thenComparing(o -> ((RegulationTopic) o[0]).ordinal()));
        List<RegulatedTopic> topics = new ArrayList<>();
        for (Object[] f : found) {
            int i = (Integer) f[1];
            String here = w.clean[i];
            String excerpt = here.length() > 300 ? here.substring(0, 300) + "…" : here;
            w.span(p + "/topics/" + topics.size(), i, i);
            topics.add(new RegulatedTopic((RegulationTopic) f[0], w.number(i), null, excerpt));
        }
        String title = titleLine >= 0 ? w.clean[titleLine] : null;
        return new GoverningText(kind, title, topics);
    }
}
