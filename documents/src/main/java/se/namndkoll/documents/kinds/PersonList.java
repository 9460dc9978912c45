package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;

/**
 * The persons of a list written as a run of names without parties or line breaks, as a transcript
 * or a narrow column gives them: "Sven Johansson, ordförande Sverker Eriksson Birgitta Bolin Göran
 * Jonsson, ej tjänstgörande ersättare". A person's name is its first names (common first names,
 * initials, or one word), then one surname; what follows in lower case, after a comma or a "för"
 * ("ordförande", "ej tjänstgörande ersättare", "för Kurt Edlund") is the person's own. The list
 * of first names is data (first-names.txt).
 */
final class PersonList {

    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Words that say whom a person serves for, followed by that person's name. */
    private static final Pattern SERVES_FOR = Pattern.compile("(?iu)för|ersätter|ers\\.?|i|st\\.?f\\.?");

    private PersonList() {
    }

    /** The persons of {@code run}, each as its name and its own words; the run itself when it is no list of three names or more. */
    static List<String> split(String run) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(run);
        while (m.find()) {
            words.add(m.group());
            starts.add(m.start());
        }
        List<Integer> personStarts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(words.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int j = i;
            // first names and initials
            while (j < words.size() && j - i < 3 && (initial(words.get(j)) || Vocabulary.firstName(bare(words.get(j)))) && capitalised(words.get(j))) {
                j++;
            }
            if (j == i) {
                j++; // a first name the list does not know
            }
            if (j >= words.size() || !capitalised(words.get(j)) || initial(words.get(j))) {
                i = j;
                continue; // no surname: no person here
            }
            j++; // the surname
            personStarts.add(start);
            // the person's own words: lower case, a word after a comma ("Bräcke", "ordförande"), or a name after
            // "för"/"ersätter", up to the next capitalised word
            while (j < words.size() && (!capitalised(words.get(j)) || words.get(j - 1).endsWith(","))) {
                if (SERVES_FOR.matcher(bare(words.get(j))).matches() && j + 2 < words.size() && capitalised(words.get(j + 1))) {
                    j += 3; // "för Kurt Edlund"
                    continue;
                }
                j++;
            }
            i = j;
        }
        if (personStarts.size() < 3) {
            return List.of(run);
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < personStarts.size(); k++) {
            int from = starts.get(personStarts.get(k));
            int to = k + 1 < personStarts.size() ? starts.get(personStarts.get(k + 1)) : run.length();
            out.add(Texts.trimPunctuation(run.substring(from, to)));
        }
        return out;
    }

    private static boolean capitalised(String word) {
        String w = bare(word);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** "K", "K.", "G.": an initial. */
    private static boolean initial(String word) {
        return word.matches("\\p{Lu}\\.?");
    }

    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
    }
}
