package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;
import se.namndkoll.rules.model.DocumentKind;

/**
 * Decides what kind of document a text is by weighing its signals across the whole document, not
 * by one layout: the words of its title and page headers, the labels of a protocol's first page
 * and anslag box, a kallelse's words, the headings of a tjänsteskrivelse, the titles of governing
 * texts, and its structure (paragraphs, a numbered list of items, tables of figures). The phrases
 * and their weights are data (signals.tsv). A protocol's first page without a paragraph's text is
 * still a protocol: its head says so.
 *
 * <p>A kind needs an anchor besides its points: a title, a phrase only its kind uses (weight 3 or
 * more), two of its labels or headings, or its structure. Words any text may use ("parter",
 * "beslutar") add to a kind but never make one: a guide that discusses agreements is no agreement.
 */
public final class Classifier {

    /** The fewest points that make a kind: less, and the document is "other". */
    static final int THRESHOLD = 6;
    /** The lines at the top of a document (after furniture) in which a title counts, up to its first § or paragraph of text. */
    private static final int TITLE_LINES = 6;
    /** The lines a document is known by, as a reader knows it by its first pages: a long report's body says little of its kind. */
    private static final int FIRST_PAGES = 150;
    /** A title line is short: a running paragraph that names a protocol is no title. */
    private static final int TITLE_WORDS = 14;

    /** The points of each kind, and the main kind: the best, or OTHER below the threshold. */
    public record Classification(DocumentKind main, Map<DocumentKind, Integer> points) {

        public int points(DocumentKind kind) {
            return points.getOrDefault(kind, 0);
        }

        /** The kinds with enough points, best first. */
        public List<DocumentKind> kinds() {
            List<DocumentKind> out = new ArrayList<>();
            points.forEach((k, p) -> {
                if (p >= THRESHOLD) {
                    out.add(k);
                }
            });
            out.sort(Comparator.comparing((DocumentKind k) -> -points(k)).thenComparing(Classifier::priority));
            return out;
        }
    }

    /**
     * What the structure of a document shows, counted by the readers of layout and kinds: § headings,
     * the longest run of items numbered in order, tables of figures, and decision headings ("Beslut",
     * "Nämndens beslut"), which a protocol's paragraphs have and a kallelse's items do not.
     */
    public record Structure(int paragraphHeadings, int numberedItems, int tables, int decisionHeadings) {

        public Structure(int paragraphHeadings, int numberedItems, int tables) {
            this(paragraphHeadings, numberedItems, tables, 0);
        }
    }

    private Classifier() {
    }

    public static Classification classify(Layout w, Structure structure) {
        Map<DocumentKind, Integer> points = new EnumMap<>(DocumentKind.class);
        Map<DocumentKind, Integer> lineSignals = new EnumMap<>(DocumentKind.class);
        java.util.Set<DocumentKind> anchored = java.util.EnumSet.noneOf(DocumentKind.class);
        List<String> title = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean inTitle = true;
        for (int i = 0; i < w.size(); i++) {
            if (!w.content(i)) {
                continue;
            }
            String folded = Texts.fold(w.clean[i]);
            if (lines.size() < FIRST_PAGES) {
                lines.add(folded);
            }
            inTitle &= title.size() < TITLE_LINES && !folded.startsWith("§");
            if (inTitle) {
                // a long line is a transcript's page run together: its first words are the page's header
                title.add(Texts.wordCount(folded) <= TITLE_WORDS ? folded : firstWords(folded, TITLE_WORDS));
            }
        }
        String text = String.join("\n", lines);
        for (Vocabulary.Signal s : Vocabulary.signals()) {
            boolean found = switch (s.where()) {
                case TITLE -> title.stream().anyMatch(t -> s.pattern().matcher(t).find());
                case LINE -> lines.stream().anyMatch(l -> l.startsWith(s.phrase()) && s.pattern().matcher(l).lookingAt());
                case TEXT -> s.pattern().matcher(text).find();
            };
            if (found) {
                points.merge(s.kind(), s.weight(), Integer::sum);
                if (s.where() == Vocabulary.Where.TITLE || s.weight() >= 3
                        || s.where() == Vocabulary.Where.LINE && lineSignals.merge(s.kind(), 1, Integer::sum) >= 2) {
                    anchored.add(s.kind());
                }
            }
        }
        points.merge(DocumentKind.PROTOCOL, 2 * Math.min(structure.paragraphHeadings(), 2) + 2 * Math.min(structure.decisionHeadings(), 3),
                Integer::sum);
        if (structure.decisionHeadings() >= 2 || structure.decisionHeadings() >= 1 && structure.paragraphHeadings() >= 1) {
            anchored.add(DocumentKind.PROTOCOL);
        }
        if (structure.numberedItems() >= 3) {
            points.merge(DocumentKind.AGENDA, 2, Integer::sum);
        }
        if (structure.tables() > 0) {
            points.merge(DocumentKind.FINANCIAL, 4 * Math.min(structure.tables(), 2), Integer::sum);
            anchored.add(DocumentKind.FINANCIAL);
        }
        DocumentKind main = DocumentKind.OTHER;
        int best = THRESHOLD - 1;
        for (DocumentKind k : DocumentKind.values()) {
            int p = anchored.contains(k) ? points.getOrDefault(k, 0) : 0;
            if (p > best || p == best && p >= THRESHOLD && priority(k) < priority(main)) {
                best = p;
                main = k;
            }
        }
        points.keySet().retainAll(anchored);
        return new Classification(main, Map.copyOf(points));
    }

    private static String firstWords(String text, int words) {
        int at = 0;
        for (int k = 0; k < words && at >= 0; k++) {
            at = text.indexOf(' ', at + 1);
        }
        return at < 0 ? text : text.substring(0, at);
    }

    /** Which kind wins a tie: a protocol over the kallelse it quotes, a kallelse over its tjänsteskrivelser. */
    static int priority(DocumentKind k) {
        return switch (k) {
            case PROTOCOL -> 0;
            case AGENDA -> 1;
            case MEMO -> 2;
            case REGLEMENTE -> 3;
            case AGREEMENT -> 4;
            case FINANCIAL -> 5;
            case OTHER -> 6;
        };
    }
}
