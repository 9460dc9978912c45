package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.List;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.Party;

/**
 * Recognises which registered committee a document belongs to, from its text: the committee's
 * official name weighs most, an alias near the top of the document (a letterhead, a page header)
 * more than one in running text, and a document that names most of the committee's parties counts
 * too. A committee is recognised only with clear evidence and a clear margin over the next best;
 * otherwise none is (a guide that mentions "e-nämnden" in passing is not that nämnd's document).
 *
 * <p>Only a name that names the committee in particular counts ({@link Vocabulary#distinctive}):
 * "Gemensamma nämnden", "Nämnden för samverkan" or "E-nämnden" could be any of a few hundred bodies,
 * so a document that calls itself so is not attributed to a registered committee on that alone,
 * whatever aliases the registry gives it. The parties a document names count only beside such a
 * name.
 *
 * <p>A name counts as a whole phrase, also in the genitive ("gemensamma nämnden för samverkans
 * reglemente"), but not where the text goes on to qualify it into another body's name: "Gemensamma
 * nämnden för upphandling" is not a mention of a committee called "Gemensamma nämnden för
 * samverkan" that also goes by "Gemensamma nämnden", unless one of that committee's longer names
 * is what stands there.
 */
public final class CommitteeRecognizer {

    /** The committee recognised and the line (index) of its first mention. */
    public record Recognised(Committee committee, int line) {
    }

    private static final int HEAD_CHARACTERS = 1500;
    private static final int THRESHOLD = 5;

    private CommitteeRecognizer() {
    }

    public static Recognised recognise(Layout w, List<Committee> registry) {
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
            List<String> names = names(c);
            int official = Vocabulary.distinctive(c.name()) ? count(text, c.name(), names) : 0;
            score += 5 * Math.min(official, 3);
            if (official > 0) {
                firstAt = Math.min(firstAt, indexOf(text, c.name(), 0, names));
            }
            int aliasesElsewhere = 0;
            for (String alias : c.aliases()) {
                if (!Vocabulary.distinctive(alias)) {
                    continue;
                }
                int at = indexOf(text, alias, 0, names);
                if (at < 0) {
                    continue;
                }
                firstAt = Math.min(firstAt, at);
                if (at < HEAD_CHARACTERS) {
                    score += 3;
                }
                aliasesElsewhere += count(text, alias, names);
            }
            score += Math.min(aliasesElsewhere, 2);
            long named = c.parties().stream().filter(p -> mentions(text, p)).count();
            if (score > 0 && c.parties().size() >= 2 && named * 2 >= c.parties().size() + 1) {
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

    private static int lineOfPosition(Layout w, int position) {
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

    /** The committee's official name and its aliases, folded. */
    private static List<String> names(Committee c) {
        List<String> names = new ArrayList<>();
        if (c.name() != null && !c.name().isBlank()) {
            names.add(Texts.fold(c.name()));
        }
        for (String alias : c.aliases()) {
            if (alias != null && !alias.isBlank()) {
                names.add(Texts.fold(alias));
            }
        }
        return names;
    }

    private static int count(String text, String name, List<String> names) {
        int n = 0;
        int at = indexOf(text, name, 0, names);
        while (at >= 0) {
            n++;
            at = indexOf(text, name, at + 1, names);
        }
        return n;
    }

    /**
     * The position of {@code name} as a whole phrase (not inside a longer word; a genitive "s" may
     * follow), case-insensitively, where the text does not go on to make it another body's name.
     *
     * @param names the committee's own names: a longer one standing at the same place is no other
     *     body; {@code null} for a name that is never qualified so (a party's)
     */
    static int indexOf(String text, String name, int from, List<String> names) {
        if (name == null || name.isBlank()) {
            return -1;
        }
        String phrase = Texts.fold(name);
        int at = text.indexOf(phrase, from);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            if (end < text.length() && text.charAt(end) == 's') {
                end++;
            }
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after && (names == null || !qualifiedAsAnother(text, at, end, names))) {
                return at;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return -1;
    }

    /**
     * Whether the name ending at {@code end} goes on with "för ..." or "i ..." (the way Swedish
     * names a nämnd: "gemensamma nämnden för upphandling", "e-nämnden i Västernorrland"), so that the
     * whole is the name of some body, and none of the committee's own longer names stands at {@code at}.
     */
    private static boolean qualifiedAsAnother(String text, int at, int end, List<String> names) {
        String rest = text.substring(end, Math.min(text.length(), end + 5));
        if (!rest.startsWith(" för ") && !rest.startsWith(" i ")) {
            return false;
        }
        for (String own : names) {
            if (own.length() > end - at && text.startsWith(own, at)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentions(String text, Party p) {
        if (indexOf(text, p.name(), 0, null) >= 0) {
            return true;
        }
        return p.aliases().stream().anyMatch(a -> a.length() >= 4 && indexOf(text, a, 0, null) >= 0);
    }
}
