package se.namndkoll.documents.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.DocumentKind;

/**
 * The Swedish of the forms and headings municipal documents use, kept as data beside this class
 * ({@code labels.tsv}) so that a new variant of a label is a line there, not a code path.
 */
public final class Vocabulary {

    /** A label's flags (see labels.tsv). */
    public enum Flag {
        GENERIC, COLON, CONTINUES, INLINE, CAPITAL
    }

    /** A form label, its role and its flags. */
    public record Label(String text, FieldRole role, Set<Flag> flags) {

        public boolean is(Flag flag) {
            return flags.contains(flag);
        }
    }

    /** Every label, longest first, so that "Tid och plats för justering" wins over "Tid och plats". */
    private static final List<Label> LABELS = load();

    /** The words that name a kind of body, not a particular one (body-words.txt). */
    private static final Set<String> BODY_WORDS = Set.copyOf(lines("body-words.txt"));

    /** The words that name a kind of deciding body, as a word's ending in any of its forms (body-kinds.txt). */
    private static final Pattern BODY_KIND = Pattern.compile("(?iu).*(?:" + String.join("|", lines("body-kinds.txt"))
            .replace("presidium", "presidi(?:um|et)") + ")(?:en|et|n|t|e)?s?");

    /** Whether a word names a kind of deciding body: "nämnden", "Kommunstyrelsens", "Gymnasieförbund" (not "förbundsordning"). */
    public static boolean namesBody(String word) {
        return BODY_KIND.matcher(Texts.fold(word)).matches();
    }

    /** Common first names (first-names.txt), folded. */
    private static final Set<String> FIRST_NAMES = lines("first-names.txt").stream().map(Texts::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a word is a common first name, or a hyphened one with such a part ("Ing-Marie", "Per-Owe"). */
    public static boolean firstName(String word) {
        String w = Texts.fold(word);
        if (FIRST_NAMES.contains(w)) {
            return true;
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty() && FIRST_NAMES.contains(part) && w.indexOf('-') > 0) {
                return true;
            }
        }
        return false;
    }

    /** The words that open a section of a first page without a field of their own (section-words.txt). */
    private static final List<String> SECTION_WORDS = List.copyOf(lines("section-words.txt"));

    /** Where in a document a signal of its kind counts (signals.tsv). */
    public enum Where {
        /** In one of the document's first lines: its title, letterhead or page header. */
        TITLE,
        /** At the start of a line: a label or a heading. */
        LINE,
        /** Anywhere in the text. */
        TEXT
    }

    /** A signal of a document's kind: a phrase, where it counts and how much (signals.tsv). */
    public record Signal(DocumentKind kind, Where where, int weight, String phrase, Pattern pattern) {
    }

    private static final List<Signal> SIGNALS = loadSignals();

    private Vocabulary() {
    }

    /** The signals of documents' kinds, for the classifier. */
    public static List<Signal> signals() {
        return SIGNALS;
    }

    private static List<Signal> loadSignals() {
        List<Signal> out = new ArrayList<>();
        for (String line : lines("signals.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length != 4) {
                throw new IllegalStateException("signals.tsv: a signal is kind, where, weight and phrase: " + line);
            }
            String phrase = cells[3].trim().toLowerCase(Texts.SWEDISH);
            String regex = Pattern.quote(phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase)
                    + (phrase.endsWith("*") ? "[\\p{L}\\p{N}]*" : "");
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])");
            out.add(new Signal(DocumentKind.valueOf(cells[0].trim()), Where.valueOf(cells[1].trim().toUpperCase(Locale.ROOT)),
                    Integer.parseInt(cells[2].trim()), phrase, pattern));
        }
        return List.copyOf(out);
    }

    /** The words that open a section of a protocol's first page or anslag box ("ANSLAG/BEVIS", "Närvarolista"). */
    public static List<String> sectionWords() {
        return SECTION_WORDS;
    }

    /**
     * Whether a body's name names it in particular: it has a word that is not one of those naming
     * a kind of body ("Norrbottens e-nämnd", not "E-nämnden"; "Gemensam nämnd för samverkan inom
     * drift och service", not "Gemensamma nämnden för samverkan").
     */
    public static boolean distinctive(String name) {
        if (name == null) {
            return false;
        }
        for (String word : Texts.fold(name).split("[\\s,;:()]+")) {
            String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty() && !BODY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    public static List<Label> labels() {
        return LABELS;
    }

    /** The label written {@code text} (case aside), or null. */
    public static Label label(String text) {
        for (Label l : LABELS) {
            if (l.text().equalsIgnoreCase(text)) {
                return l;
            }
        }
        return null;
    }

    /** The role of a label as written in a document, or null when it is none of the vocabulary's. */
    public static FieldRole role(String text) {
        Label l = label(text == null ? "" : text.trim());
        return l == null ? null : l.role();
    }

    /** The lines of a vocabulary file beside this class that are neither blank nor comments. */
    static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the documents module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Label> load() {
        List<Label> out = new ArrayList<>();
        int number = 0;
        for (String line : lines("labels.tsv")) {
            number++;
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                throw new IllegalStateException("labels.tsv, label " + number + ": a label needs a role");
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (cells.length > 2) {
                for (String f : cells[2].split(",")) {
                    if (!f.isBlank()) {
                        flags.add(Flag.valueOf(f.trim().toUpperCase(Locale.ROOT)));
                    }
                }
            }
            out.add(new Label(cells[0].trim(), FieldRole.valueOf(cells[1].trim()), Set.copyOf(flags)));
        }
        out.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
        return List.copyOf(out);
    }
}
