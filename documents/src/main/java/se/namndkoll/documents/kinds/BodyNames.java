package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.text.FieldRole;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;
import se.namndkoll.rules.model.LabelledField;
import se.namndkoll.rules.text.SwedishDates;

/**
 * The deciding body a document names, as it names it: the anslag box's "Organ" ("Direktionen för
 * Söderåsens Miljöförbund"), else the body named in the document's title or page header
 * ("RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsens arbetsutskott", "Kallelse till
 * Barn- och utbildningsnämnden"). A name is the words around one that names a kind of body
 * (body-kinds.txt: nämnd, styrelse, direktion, fullmäktige, utskott, förbund, ...): the capitalised
 * and genitive words before it, and after it a following body word or a qualifier ("för …", "i …").
 */
public final class BodyNames {

    /** The first lines in which a title or page header names the body. */
    private static final int TITLE_LINES = 8;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|och|&");

    private BodyNames() {
    }

    /** The body's name as the document writes it, or null. */
    public static String read(Layout w, List<LabelledField> fields) {
        for (LabelledField f : fields) {
            if (Vocabulary.role(f.label()) == FieldRole.BODY && f.value() != null) {
                String name = name(f.value(), true);
                if (name != null) {
                    return name;
                }
            }
        }
        int seen = 0;
        for (int i = 0; i < w.size() && seen < TITLE_LINES; i++) {
            if (!w.content(i)) {
                continue;
            }
            seen++;
            String name = name(w.clean[i], false);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * The body named in a text: from the first word that names a kind of body, the words before it
     * that belong to the name, and after it the rest of the name. With {@code whole}, a field's
     * value, the whole value up to a date or a number is the name when no such word is in it.
     */
    static String name(String text, boolean whole) {
        // numbers (a page's "1 (12)", a § range) part the text: no name runs over them
        String t = SwedishDates.withoutDatesAndTimes(text).replaceAll("\\s*§§.*$", "").replaceAll("[\\d()§]+(?:\\s*[\\d()§/-]+)*", " | ").trim();
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int at = -1;
        for (int k = 0; k < tokens.size(); k++) {
            String word = t.substring(tokens.get(k)[0], tokens.get(k)[1]);
            if (Vocabulary.namesBody(word) && !generic(word)) {
                at = k;
                break;
            }
        }
        if (at < 0) {
            return whole && Texts.wordCount(t) <= 6 && t.matches("\\p{Lu}[\\p{L} ,.-]*") ? Texts.trimPunctuation(t) : null;
        }
        String body = t.substring(tokens.get(at)[0], tokens.get(at)[1]);
        // a body in the definite form ("Direktionen", "Kommunstyrelsen") stands on its own; a proper name ends in
        // its indefinite form ("Södra Lapplands Gymnasieförbund", "Mora Orsa miljönämnd")
        boolean definite = Texts.fold(body).matches(".*(?:en|et|iet)s?$") || Texts.fold(body).endsWith("fullmäktige");
        int from = at;
        while (!definite && from > 0 && at - from < 4) {
            String prev = t.substring(tokens.get(from - 1)[0], tokens.get(from - 1)[1]);
            boolean hyphened = prev.endsWith("-");
            boolean capitalised = Character.isUpperCase(prev.charAt(0)) && !allCaps(prev);
            if (!capitalised && !hyphened && !prev.equals("och") || Vocabulary.label(prev) != null || generic(prev)
                    || !t.substring(tokens.get(from - 1)[1], tokens.get(from)[0]).isBlank()) {
                break;
            }
            from--;
        }
        // a definite body in lower case named by the capitalised word before it ("Tekniska nämnden", "Sociala nämnden")
        if (definite && from == at && at > 0 && !Character.isUpperCase(body.charAt(0))) {
            String prev = t.substring(tokens.get(at - 1)[0], tokens.get(at - 1)[1]);
            if (Character.isUpperCase(prev.charAt(0)) && !allCaps(prev) && !generic(prev) && Vocabulary.label(prev) == null
                    && t.substring(tokens.get(at - 1)[1], tokens.get(at)[0]).isBlank()) {
                from = at - 1;
            }
        }
        // a compound written apart before a definite body ("Barn- och utbildningsnämnden", "Miljö- och byggnadsnämnden")
        while (definite && from >= 2 && t.substring(tokens.get(from - 1)[0], tokens.get(from - 1)[1]).equals("och")
                && t.substring(tokens.get(from - 2)[0], tokens.get(from - 2)[1]).endsWith("-")) {
            from -= 2;
        }
        int to = at;
        // after: another body word ("Kommunstyrelsens arbetsutskott"), a qualifier and its capitalised words ("för
        // Söderåsens Miljöförbund"), or the proper name a definite body goes by ("Samordningsförbundet Sydnärke")
        while (to + 1 < tokens.size()) {
            String next = t.substring(tokens.get(to + 1)[0], tokens.get(to + 1)[1]);
            if (Vocabulary.namesBody(next) && !Character.isUpperCase(next.charAt(0))) {
                to++;
                continue;
            }
            boolean qualifier = (next.equals("för") || next.equals("i")) && to + 2 < tokens.size()
                    && Character.isUpperCase(t.charAt(tokens.get(to + 2)[0]));
            if (next.equals("för") && !qualifier && tailOfTitle(t, tokens, to + 2)) {
                // a title that ends in what the body is for, in lower case ("Gemensamma nämnden för upphandling",
                // "Gemensam nämnd för kost och måltid")
                to = tokens.size() - 1;
                break;
            }
            boolean proper = definite && to == at && Character.isUpperCase(next.charAt(0)) && !allCaps(next)
                    && Vocabulary.label(next) == null && !Vocabulary.namesBody(next)
                    && t.substring(tokens.get(to)[1], tokens.get(to + 1)[0]).isBlank();
            if (!qualifier && !proper) {
                break;
            }
            to += qualifier ? 2 : 1;
            // the proper name goes on over capitalised words directly after it ("Räddningstjänsten Östra Kronoberg"), at most two
            for (int more = 0; more < 2 && to + 1 < tokens.size() && Character.isUpperCase(t.charAt(tokens.get(to + 1)[0]))
                    && t.substring(tokens.get(to)[1], tokens.get(to + 1)[0]).isBlank()
                    && Vocabulary.label(t.substring(tokens.get(to + 1)[0], tokens.get(to + 1)[1])) == null; more++) {
                to++;
            }
        }
        String name = t.substring(tokens.get(from)[0], tokens.get(to)[1]);
        // a genitive at the end belongs to the sentence, not the name ("Barn- och utbildningsnämndens sammanträde")
        if (to == at && name.matches(".*\\p{Ll}(?:ens|ets|ns|ts|ds)$") && Texts.fold(name).matches(".*(?:nämndens|elsens|ionens|ttets|ndets|ndens)$")) {
            name = name.substring(0, name.length() - 1);
        }
        name = Texts.trimPunctuation(name);
        // a bare "nämnden" or "fullmäktige" in running text names no body in particular
        return name.indexOf(' ') < 0 && !Character.isUpperCase(name.charAt(0)) ? null : name;
    }

    /** "protokoll", "sammanträdesprotokoll": a word about the document, not a body (it holds no body stem anyway). */
    private static boolean generic(String word) {
        String w = Texts.fold(word);
        return w.startsWith("protokoll") || w.startsWith("sammanträde");
    }

    /**
     * Whether the tokens from {@code from} are the lower-case end of a title: one to four words of
     * letters that run to the end of the text, which is no sentence (no full stop) and holds no label.
     */
    private static boolean tailOfTitle(String t, List<int[]> tokens, int from) {
        int words = tokens.size() - from;
        if (words < 1 || words > 4 || t.endsWith(".") || !t.substring(tokens.get(tokens.size() - 1)[1]).isBlank()) {
            return false;
        }
        for (int k = from; k < tokens.size(); k++) {
            String word = t.substring(tokens.get(k)[0], tokens.get(k)[1]);
            if (!word.matches("\\p{Ll}+|och") || Vocabulary.label(word) != null) {
                return false;
            }
            if (k > from && !t.substring(tokens.get(k - 1)[1], tokens.get(k)[0]).isBlank()) {
                return false; // no punctuation between the words
            }
        }
        return true;
    }

    private static boolean allCaps(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Texts.SWEDISH)) && !word.equals(word.toLowerCase(Texts.SWEDISH));
    }
}
