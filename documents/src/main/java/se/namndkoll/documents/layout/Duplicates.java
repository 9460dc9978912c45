package se.namndkoll.documents.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.documents.text.Texts;

/**
 * Finds content that a document repeats: a protocol pasted twice, a tjänsteskrivelse that repeats
 * the agenda's description and proposal word for word. The text is compared as a stream of words,
 * so a copy with other line breaks is recognised. A line whose words (mostly) repeat an earlier
 * run of at least {@value #MIN_RUN} words is marked as a duplicate of the line it repeats; it is
 * counted once, at its first occurrence.
 */
public final class Duplicates {

    private static final int SHINGLE = 6;
    static final int MIN_RUN = 20;

    private Duplicates() {
    }

    public static void mark(Layout w) {
        List<String> tokens = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.blank(i) || w.furniture[i]) {
                continue;
            }
            for (String t : Texts.words(w.clean[i])) {
                tokens.add(t);
                lineOf.add(i);
            }
        }
        int n = tokens.size();
        int[] source = new int[n];
        java.util.Arrays.fill(source, -1);
        // Each word as a number, each run of SHINGLE words keyed by its numbers: the same runs of
        // words as joining them into strings found, at a third of the cost (docs/performance.md).
        Map<String, Integer> ids = new HashMap<>();
        int[] word = new int[n];
        for (int p = 0; p < n; p++) {
            word[p] = ids.computeIfAbsent(tokens.get(p), k -> ids.size());
        }
        Map<Shingle, Integer> firstAt = new HashMap<>();
        for (int p = 0; p + SHINGLE <= n; p++) {
            Integer q = firstAt.putIfAbsent(new Shingle(word, p), p);
            if (q != null && q + SHINGLE <= p) {
                for (int j = 0; j < SHINGLE; j++) {
                    if (source[p + j] < 0) {
                        source[p + j] = q + j;
                    }
                }
            }
        }
        // per line: how many of its words repeat earlier text, and which line they repeat
        Map<Integer, int[]> perLine = new HashMap<>(); // line -> {words, repeated, firstSourceToken}
        for (int p = 0; p < n; p++) {
            int[] s = perLine.computeIfAbsent(lineOf.get(p), k -> new int[] {0, 0, -1});
            s[0]++;
            if (source[p] >= 0) {
                s[1]++;
                if (s[2] < 0) {
                    s[2] = source[p];
                }
            }
        }
        // runs of lines that repeat, long enough to be a copy rather than a stock phrase
        List<Integer> run = new ArrayList<>();
        int runWords = 0;
        for (int i = 0; i <= w.size(); i++) {
            boolean skip = i < w.size() && (w.blank(i) || w.furniture[i]);
            if (skip) {
                continue;
            }
            int[] s = i < w.size() ? perLine.get(i) : null;
            boolean repeats = s != null && s[1] > 0 && (s[1] * 10 >= s[0] * 6);
            if (repeats) {
                run.add(i);
                runWords += s[1];
            } else if (s != null && s[0] <= 4 && !run.isEmpty()) {
                continue; // a short heading worded differently in the copy ("Regiondirektörens förslag") does not end it
            } else {
                if (runWords >= MIN_RUN) {
                    for (int line : run) {
                        int[] ls = perLine.get(line);
                        int original = lineOf.get(ls[2]);
                        if (titleLine(w, original) && !titleLine(w, line)) {
                            // a web page's title repeats the start of the document it shows: the title is the copy
                            w.furniture[original] = true;
                            w.zone[original] = se.namndkoll.rules.model.TextZone.FURNITURE;
                            continue;
                        }
                        w.duplicateOf[line] = w.number(original);
                    }
                }
                run.clear();
                runWords = 0;
            }
        }
    }

    /** One of a document's first three lines of text: a web page's or a download link's title, short. */
    private static boolean titleLine(Layout w, int index) {
        int seen = 0;
        for (int i = 0; i < w.size() && seen < 3; i++) {
            if (!w.blank(i) && !w.furniture[i]) {
                if (i == index) {
                    return Texts.wordCount(w.clean[i]) <= 30;
                }
                seen++;
            }
        }
        return false;
    }

    /** The SHINGLE words of {@code words} from {@code at}, compared by their numbers. */
    private static final class Shingle {
        private final int[] words;
        private final int at;
        private final int hash;

        Shingle(int[] words, int at) {
            this.words = words;
            this.at = at;
            int h = 1;
            for (int j = 0; j < SHINGLE; j++) {
                h = 31 * h + words[at + j];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Shingle other) || other.hash != hash) {
                return false;
            }
            for (int j = 0; j < SHINGLE; j++) {
                if (words[at + j] != other.words[other.at + j]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
