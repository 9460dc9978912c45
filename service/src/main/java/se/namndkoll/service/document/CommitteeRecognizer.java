package se.namndkoll.service.document;

import java.util.List;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.Party;

/**
 * Recognises which registered committee a document belongs to, from its text: the committee's
 * official name weighs most, an alias near the top of the document (a letterhead, a page header)
 * more than one in running text, and a document that names most of the committee's parties counts
 * too. A committee is recognised only with clear evidence and a clear margin over the next best;
 * otherwise none is (a guide that mentions "e-nämnden" in passing is not that nämnd's document).
 */
final class CommitteeRecognizer {

    /** The committee recognised and the line (index) of its first mention. */
    record Recognised(Committee committee, int line) {
    }

    private static final int HEAD_CHARACTERS = 1500;
    private static final int THRESHOLD = 5;

    private CommitteeRecognizer() {
    }

    static Recognised recognise(Work w, List<Committee> registry) {
        if (registry.isEmpty()) {
            return null;
        }
        // the document's text with the index of the line each character comes from
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            if (w.blank(i) || w.duplicateOf[i] != null) {
                continue;
            }
            all.append(Texts.fold(w.clean[i])).append(' ');
        }
        String text = all.toString();
        Committee best = null;
        int bestScore = 0;
        int secondScore = 0;
        int bestLine = -1;
        for (Committee c : registry) {
            int score = 0;
            int firstAt = Integer.MAX_VALUE;
            int official = count(text, c.name());
            score += 5 * Math.min(official, 3);
            if (official > 0) {
                firstAt = Math.min(firstAt, indexOf(text, c.name()));
            }
            int aliasesElsewhere = 0;
            for (String alias : c.aliases()) {
                int at = indexOf(text, alias);
                if (at < 0) {
                    continue;
                }
                firstAt = Math.min(firstAt, at);
                if (at < HEAD_CHARACTERS) {
                    score += 3;
                }
                aliasesElsewhere += count(text, alias);
            }
            score += Math.min(aliasesElsewhere, 2);
            long named = c.parties().stream().filter(p -> mentions(text, p)).count();
            if (c.parties().size() >= 2 && named * 2 >= c.parties().size() + 1) {
                score += 2;
            }
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = c;
                bestLine = firstAt;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (best == null || bestScore < THRESHOLD || bestScore - secondScore < 2) {
            return null;
        }
        return new Recognised(best, lineOfPosition(w, bestLine));
    }

    private static int lineOfPosition(Work w, int position) {
        if (position == Integer.MAX_VALUE || position < 0) {
            return -1;
        }
        int at = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.blank(i) || w.duplicateOf[i] != null) {
                continue;
            }
            int len = Texts.fold(w.clean[i]).length() + 1;
            if (position < at + len) {
                return i;
            }
            at += len;
        }
        return -1;
    }

    private static int count(String text, String name) {
        int n = 0;
        int at = indexOf(text, name, 0);
        while (at >= 0) {
            n++;
            at = indexOf(text, name, at + 1);
        }
        return n;
    }

    private static int indexOf(String text, String name) {
        return indexOf(text, name, 0);
    }

    /** The position of {@code name} as a whole phrase (not inside a longer word), case-insensitively. */
    private static int indexOf(String text, String name, int from) {
        if (name == null || name.isBlank()) {
            return -1;
        }
        String phrase = Texts.fold(name);
        int at = text.indexOf(phrase, from);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return at;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return -1;
    }

    private static boolean mentions(String text, Party p) {
        if (indexOf(text, p.name()) >= 0) {
            return true;
        }
        return p.aliases().stream().anyMatch(a -> a.length() >= 4 && indexOf(text, a) >= 0);
    }
}
