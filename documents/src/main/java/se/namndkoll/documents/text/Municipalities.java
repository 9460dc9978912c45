package se.namndkoll.documents.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.PartyKind;

/**
 * The kommuner and regioner a text names, as parties are named in the registry: a kommun by the
 * name the statute gives it ("Falu kommun", "Kalmar kommun", from {@code municipalities.tsv}), a
 * region or landsting by the name the text gives it, capitalised ("landstinget Sörmland" is
 * "Landstinget Sörmland"). A kommun may be written alone ("Borgholm, Kalmar och Torsås"), in the
 * genitive of a list ("Gislaveds och Gnosjö kommuner"), or with kommun or stad after it ("Vaxholms
 * stad"); whether a bare name is a party is for the caller to judge from the words around it
 * ({@link Mention#named()}, {@link #lists}).
 */
public final class Municipalities {

    /** One kommun of the list. */
    public record Municipality(String base, String name, String county) {

        /** A machine id for the party: the name's letters folded to ASCII ("Upplands Väsby" is "upplands-vasby"). */
        public String id() {
            return slug(base);
        }
    }

    /**
     * A kommun or region named in a text.
     *
     * @param start where the mention starts in the text
     * @param end where it ends (after "kommun" or "stad" when those follow)
     * @param name the party's name as the registry writes it
     * @param kind KOMMUN or REGION
     * @param named whether the text names it as a body ("Mora kommun", "Vaxholms stad", "Region
     *     Dalarna"), not by the bare place name
     * @param municipality the kommun of the list, {@code null} for a region
     */
    public record Mention(int start, int end, String name, PartyKind kind, boolean named, Municipality municipality) {

        /** A machine id for the party. */
        public String id() {
            return municipality != null ? municipality.id() : slug(name);
        }
    }

    private static final List<Municipality> ALL = load();
    private static final Map<String, Municipality> BY_FORM = new HashMap<>();
    private static final Pattern KOMMUN_FORMS;

    static {
        List<String> forms = new ArrayList<>();
        for (Municipality m : ALL) {
            String stem = m.name().substring(0, m.name().length() - " kommun".length());
            for (String form : new LinkedHashSet<>(List.of(m.base(), stem, m.base().endsWith("s") ? m.base() : m.base() + "s"))) {
                BY_FORM.putIfAbsent(form.toLowerCase(Texts.SWEDISH), m);
                forms.add(Pattern.quote(form));
            }
        }
        forms.sort(Comparator.comparing(String::length).reversed());
        KOMMUN_FORMS = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])(" + String.join("|", forms) + ")(?![\\p{L}\\p{N}])"
                + "(\\s+(?:kommuns?|stads?)(?![\\p{L}]))?");
    }

    /** "Region Dalarna", "Landstinget i Värmland", "landstinget Sörmland", "Region Jämtland Härjedalen", "Region Kalmar län". */
    private static final Pattern REGION = Pattern.compile("(?u)(?<![\\p{L}])(?:(Region|REGION|[Ll]andstinget|LANDSTINGET)(\\s+i)?\\s+"
            + "(\\p{Lu}\\p{L}+(?:\\s+(?:Härjedalen|\\p{Lu}\\p{L}+(?=\\s+läns?\\b)))?(?:\\s+läns?)?)"
            + "|(\\p{Lu}\\p{L}+\\s+läns\\s+landsting)|(Västra\\s+Götalandsregionen))(?![\\p{L}])");

    private Municipalities() {
    }

    public static List<Municipality> all() {
        return ALL;
    }

    /** The kommun a place name or a kommun's name stands for ("Falun", "Falu kommun", "Göteborgs stad"), or null. */
    public static Municipality find(String text) {
        if (text == null) {
            return null;
        }
        String t = Texts.normaliseSpaces(text).trim().replaceAll("(?iu)\\s+(?:kommuns?|stads?)$", "");
        return BY_FORM.get(t.toLowerCase(Texts.SWEDISH));
    }

    /** Every kommun and region the text names, in order; a kommun's place name counts only when capitalised. */
    public static List<Mention> find(String text, boolean regions) {
        List<Mention> out = new ArrayList<>();
        Matcher m = KOMMUN_FORMS.matcher(text);
        while (m.find()) {
            String form = m.group(1);
            if (!Character.isUpperCase(form.charAt(0))) {
                continue;
            }
            // a word in capitals is a name only in a text in capitals ("VARA" in a title, not "Vara en resurs")
            boolean caps = form.length() > 1 && form.equals(form.toUpperCase(Texts.SWEDISH));
            if (!caps && !form.substring(1).equals(form.substring(1).toLowerCase(Texts.SWEDISH)) && !form.contains(" ") && !form.contains("-")) {
                continue;
            }
            if (m.group(2) == null && text.substring(m.end(1)).matches("(?isu)^\\s+läns?\\b.*")) {
                continue; // "Stockholms län", "Kalmar län": a county, not a kommun
            }
            Municipality municipality = BY_FORM.get(form.toLowerCase(Texts.SWEDISH));
            out.add(new Mention(m.start(1), m.group(2) == null ? m.end(1) : m.end(2), municipality.name(), PartyKind.KOMMUN, m.group(2) != null,
                    municipality));
        }
        if (regions) {
            Matcher r = REGION.matcher(text);
            while (r.find()) {
                String name;
                if (r.group(1) != null) {
                    String word = r.group(1).toLowerCase(Locale.ROOT).startsWith("region") ? "Region" : "Landstinget";
                    name = word + (r.group(2) != null ? " i " : " ") + r.group(3).replaceAll("\\s+", " ");
                } else {
                    name = (r.group(4) != null ? r.group(4) : r.group(5)).replaceAll("\\s+", " ");
                }
                int start = r.start();
                // a kommun's name inside the region's ("Region Kalmar län") is the region's
                out.removeIf(k -> k.start() >= start && k.start() < r.end());
                out.add(new Mention(start, r.end(), name, PartyKind.REGION, true, null));
            }
            out.sort(Comparator.comparing(Mention::start));
        }
        return out;
    }

    private static final Pattern LIST_BEFORE = Pattern.compile("(?iu)(?:kommunerna|kommuner|medlemskommunerna|medlemskommuner|fullmäktige i|ledamöter från(?: både)?|mellan)"
            + "(?:\\s+de\\s+\\p{L}+(?:\\s*\\(\\d+\\))?\\s+kommunerna)?\\s*$");
    private static final Pattern LIST_AFTER = Pattern.compile("(?iu)^\\s*(?:kommuner|kommunerna|kommuners|kommun)\\b");

    /**
     * The kommuner and regioner a sentence names as parties: a region, a kommun written as one
     * ("Mora kommun", "Vaxholms stad"), or kommuner in a list that the words around it make a list
     * of kommuner ("Alvesta och Växjö kommuner", "kommunerna Borgholm, Kalmar …", "kommunfullmäktige
     * i Hofors"), or, in a sentence about the parties, a list of two or more.
     */
    public static List<Mention> parties(String t, boolean partySentence) {
        List<Mention> all = find(t, true);
        List<Mention> out = new ArrayList<>();
        for (List<Mention> list : lists(t, all)) {
            Mention first = list.get(0);
            Mention last = list.get(list.size() - 1);
            boolean before = LIST_BEFORE.matcher(t.substring(Math.max(0, first.start() - 60), first.start())).find();
            boolean after = LIST_AFTER.matcher(t.substring(last.end())).find();
            // in a sentence about the parties, names listed together are the parties ("den gemensamma nämnden för Täby och Vaxholm")
            boolean many = partySentence && list.size() >= 2;
            for (Mention m : list) {
                if (m.named() || before || after || many) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The mentions that stand together as one list: names joined by commas, "och", "samt" or "&"
     * with nothing else between ("Alvesta och Växjö", "Botkyrka, Ekerö, Haninge … och Tyresö").
     */
    public static List<List<Mention>> lists(String text, List<Mention> mentions) {
        List<List<Mention>> out = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        for (Mention m : mentions) {
            if (!current.isEmpty()) {
                String between = text.substring(current.get(current.size() - 1).end(), m.start());
                if (!between.matches("(?iu)\\s*(?:,|,?\\s*(?:och|samt|ch|&|/))\\s*")) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(m);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Letters folded to ASCII, words joined by "-": an id the registry accepts. */
    public static String slug(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Texts.SWEDISH), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static List<Municipality> load() {
        List<Municipality> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = Municipalities.class.getResourceAsStream("municipalities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("municipalities.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3 || !cells[1].endsWith(" kommun") || !seen.add(cells[0])) {
                    throw new IllegalStateException("municipalities.tsv: bad line " + line);
                }
                out.add(new Municipality(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
