package se.namndkoll.rules.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statute texts bundled with the rules ({@code se/namndkoll/law/}): Kommunallagen, LOU, lag
 * (1930:173) and lag (1989:253), section by section, with each section's version and the stycken
 * that the text itself shows. Finds the wording of a citation ("KL 5 kap. 69 §") and the part of
 * it that a stycke or punkt names, so that a rule's quoted words can be checked against it.
 */
public final class Statutes {

    public static final String ROOT = "se/namndkoll/law/";
    private static final String INDEX = ROOT + "statutes.json";
    private static volatile Statutes bundled;

    private final List<Statute> statutes;

    private Statutes(List<Statute> statutes) {
        List<Statute> sorted = new ArrayList<>(statutes);
        // the longest prefix first: "Lag (1930:173)" before a shorter one that it starts with
        sorted.sort(Comparator.comparingInt((Statute s) -> s.prefix().length()).reversed());
        this.statutes = List.copyOf(sorted);
    }

    /** The bundled statutes, read once. */
    public static Statutes bundled() {
        Statutes s = bundled;
        if (s == null) {
            synchronized (Statutes.class) {
                s = bundled;
                if (s == null) {
                    s = load();
                    bundled = s;
                }
            }
        }
        return s;
    }

    /** The statutes, longest prefix first. */
    public List<Statute> statutes() {
        return statutes;
    }

    /** The names of the bundled data files, for the rule set's fingerprint: index first. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        files.add(INDEX);
        for (JsonNode s : index().get("statutes")) {
            files.add(ROOT + s.get("file").asText());
        }
        return files;
    }

    /**
     * Whether {@code citation} cites one of these statutes: it starts with a statute's short name
     * ("KL 9 kap.", "LOU 3 kap. 12 §"). A citation of a reglemente, an agreement or of no rule of
     * law does not; a statutory citation that cannot be read is still statutory, and wrong.
     */
    public boolean isStatutory(String citation) {
        return statuteOf(citation).isPresent();
    }

    private Optional<Statute> statuteOf(String citation) {
        for (Statute s : statutes) {
            if (citation.startsWith(s.prefix() + " ")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * What a citation points at.
     *
     * @param citation the citation read, or {@code null} when it cannot be read
     * @param statute the statute, or {@code null}
     * @param section the section, or {@code null} when it does not exist
     * @param part the cited part of the section's wording (the whole wording, a stycke or a punkt),
     *     or {@code null} when the citation names a part the text does not show
     * @param problem why the citation does not point at text, or {@code null}
     */
    public record Lookup(Citation citation, Statute statute, Section section, String part, String problem) {

        public boolean found() {
            return problem == null;
        }
    }

    /** Looks up a statutory citation (see {@link #isStatutory}). */
    public Lookup lookup(String text) {
        Optional<Statute> statute = statuteOf(text);
        if (statute.isEmpty()) {
            return new Lookup(null, null, null, null, "cites none of the bundled statutes");
        }
        Statute s = statute.get();
        Optional<Citation> parsed = Citation.parse(text, s.prefix(), s.chapters());
        if (parsed.isEmpty()) {
            return new Lookup(null, s, null, null, "is not a citation of a section (\"" + s.prefix()
                    + (s.chapters() ? " 5 kap. 69 §" : " 2 §") + "\", optionally with \"andra stycket\" and a punkt)");
        }
        Citation c = parsed.get();
        Section section = s.sections().get(c.key());
        if (section == null) {
            return new Lookup(c, s, null, null, "names a section that " + s.title() + " does not have");
        }
        String base = section.wording();
        if (c.stycke() > 0) {
            base = section.stycken().get(c.stycke());
            if (base == null) {
                return new Lookup(c, s, section, null, "names " + Citation.ORDINALS.get(c.stycke() - 1)
                        + " stycket, which the text of " + c.sectionCitation() + " does not show (its stycken are lost in the source; "
                        + "a stycke is known only where the statute itself shows it, statutes.json structure)");
            }
        }
        if (c.punkt() > 0) {
            String punkt = punkt(base, c.punkt());
            if (punkt == null) {
                return new Lookup(c, s, section, null, "names punkt " + c.punkt() + ", which the cited text does not have");
            }
            base = punkt;
        }
        return new Lookup(c, s, section, base, null);
    }

    /**
     * Punkt {@code n} of a text that numbers its points "1. … 2. … 3. …": from its number to the
     * next one (or the end), or {@code null}.
     */
    static String punkt(String text, int n) {
        int from = 0;
        int start = -1;
        for (int i = 1; i <= n + 1; i++) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d§])" + i + "\\. ").matcher(text);
            if (!m.find(from)) {
                if (i == n + 1 && start >= 0) {
                    return text.substring(start).strip();
                }
                return null;
            }
            if (i == n) {
                start = m.end();
            }
            if (i == n + 1) {
                return text.substring(start, m.start()).strip();
            }
            from = m.end();
        }
        return null;
    }

    /**
     * The problems of a citation and the words a rule quotes from it: empty when the citation
     * points at text, the text is complete, at least one quotation is given and every quotation
     * occurs in the cited part word for word.
     */
    public List<String> check(String citation, List<String> quotes) {
        List<String> problems = new ArrayList<>();
        Lookup lookup = lookup(citation);
        if (!lookup.found()) {
            problems.add(citation + " " + lookup.problem());
            return problems;
        }
        if (lookup.section().truncated()) {
            problems.add(citation + ": the source's text of the section is cut off, so its words cannot be checked");
        }
        if (quotes == null || quotes.isEmpty()) {
            problems.add(citation + ": no quotation of the provision's operative words");
            return problems;
        }
        for (String quote : quotes) {
            if (!lookup.part().contains(normalise(quote))) {
                problems.add(citation + ": the words ”" + quote + "” are not in "
                        + (lookup.citation().stycke() > 0 || lookup.citation().punkt() > 0 ? "the cited part of " : "")
                        + lookup.citation().sectionCitation() + " (" + lookup.part() + ")");
            }
        }
        return problems;
    }

    /** A quotation as the text is stored: single spaces, ranges with an en dash. */
    static String normalise(String quote) {
        return quote.strip().replaceAll("\\s+", " ").replaceAll("(\\d)-(\\d)", "$1–$2");
    }

    // ---- loading ------------------------------------------------------------------------------

    private static JsonNode index() {
        return read(INDEX);
    }

    private static Statutes load() {
        List<Statute> statutes = new ArrayList<>();
        for (JsonNode s : index().get("statutes")) {
            statutes.add(statute(s));
        }
        return new Statutes(statutes);
    }

    private static Statute statute(JsonNode spec) {
        String prefix = spec.get("prefix").asText();
        boolean chapters = spec.get("chapters").asBoolean();
        Set<String> truncated = new HashSet<>();
        spec.get("truncated").forEach(t -> truncated.add(t.asText()));
        Map<String, List<String[]>> corrections = new LinkedHashMap<>();
        spec.get("corrections").forEach(c -> corrections.computeIfAbsent(c.get("ref").asText(), k -> new ArrayList<>())
                .add(new String[] {c.get("from").asText(), c.get("to").asText()}));
        List<String> limits = new ArrayList<>();
        spec.get("limits").forEach(l -> limits.add(l.asText()));
        String title = spec.get("title").asText();
        String sfs = spec.get("sfs").asText();

        JsonNode data = read(ROOT + spec.get("file").asText());
        Map<String, Section> sections = new LinkedHashMap<>();
        for (JsonNode p : data.get("provisions")) {
            String ref = p.get("provision_ref").asText();
            String content = p.get("content").asText();
            for (String[] c : corrections.getOrDefault(ref, List.of())) {
                content = content.replace(c[0], c[1]);
            }
            StatuteText.Parts parts = StatuteText.read(content, truncated.contains(ref));
            sections.put(ref, new Section(prefix, title, ref, parts.wording(), parts.version() == null ? "SFS " + sfs : parts.version(),
                    parts.version() != null, parts.truncated(), new LinkedHashMap<>()));
        }
        List<Structure> structure = new ArrayList<>();
        for (JsonNode st : spec.get("structure")) {
            String ref = st.get("ref").asText();
            Section section = sections.get(ref);
            if (section == null) {
                throw new IllegalStateException("statutes.json: structure names " + prefix + " " + ref + ", which the data does not have");
            }
            String from = st.get("from").asText();
            String to = st.get("to").asText();
            int start = section.wording().indexOf(from);
            int end = start < 0 ? -1 : section.wording().indexOf(to, start);
            if (start < 0 || end < 0 || section.wording().indexOf(from, start + 1) >= 0) {
                throw new IllegalStateException("statutes.json: the stycke of " + prefix + " " + ref + " from \"" + from + "\" to \"" + to
                        + "\" is not found once in the text");
            }
            int stycke = st.get("stycke").asInt();
            section.stycken().put(stycke, section.wording().substring(start, end + to.length()));
            List<Structure.Evidence> evidence = new ArrayList<>();
            st.get("evidence").forEach(e -> evidence.add(new Structure.Evidence(e.get("ref").asText(), e.get("quote").asText())));
            structure.add(new Structure(prefix + " " + ref, stycke, evidence, st.path("reasoning").asText("")));
        }
        sections.replaceAll((ref, s) -> new Section(s.prefix(), s.statuteTitle(), s.ref(), s.wording(), s.version(), s.amended(),
                s.truncated(), Collections.unmodifiableMap(s.stycken())));
        return new Statute(prefix, sfs, title, chapters, spec.get("textAsOf").asText(), spec.get("source").asText(), limits,
                Collections.unmodifiableMap(sections), List.copyOf(structure));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Statutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing statute resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One bundled statute.
     *
     * @param prefix how citations name it ("KL")
     * @param sfs its SFS number ("2017:725")
     * @param title its title ("Kommunallag (2017:725)")
     * @param chapters whether its sections are numbered within chapters
     * @param textAsOf the date of the consolidated text
     * @param source where the text comes from
     * @param limits what the text does not show
     * @param sections section key ("6:27") → section
     * @param structure the stycken that the statute's own text shows, with the evidence
     */
    public record Statute(String prefix, String sfs, String title, boolean chapters, String textAsOf, String source,
            List<String> limits, Map<String, Section> sections, List<Structure> structure) {
    }

    /**
     * One section.
     *
     * @param prefix the statute's short name
     * @param statuteTitle the statute's title
     * @param ref the section's key ("6:27")
     * @param wording the statute's words
     * @param version the amendment note that gave the section its wording ("Lag (2019:835)"), or
     *     "SFS 2017:725" when the section carries no note and has the wording of the statute itself
     * @param amended whether the source gives an amendment note
     * @param truncated whether the source cut the section off
     * @param stycken the stycken the text shows, by number (not all of a section's stycken)
     */
    public record Section(String prefix, String statuteTitle, String ref, String wording, String version, boolean amended,
            boolean truncated, Map<Integer, String> stycken) {
    }

    /**
     * A stycke of a section that the statute's own words show, with those words.
     *
     * @param section the section ("LOU 3:12")
     * @param stycke the stycke's number
     * @param evidence where the statute shows it: a citation and words in its text
     * @param reasoning why the evidence shows where the stycke begins and ends
     */
    public record Structure(String section, int stycke, List<Evidence> evidence, String reasoning) {

        /** Words of {@code ref}'s text that show the structure ("12 § första stycket 2"). */
        public record Evidence(String ref, String quote) {
        }
    }
}
