package se.namndkoll.rules.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.names.PartyNames;
import se.namndkoll.rules.text.SwedishText;

/**
 * Reads who a decision text addresses and whom a distribution list ("Expedieras till", "Utdrag
 * till", "Beslutet skickas till") reaches.
 *
 * <p>A text addresses all parties when it sends something to them ("remitteras till nämndens
 * parter", "skickas till samtliga samverkande parter", "delges parterna"), asks something of them
 * ("rekommenderar parterna att", "parterna ska", "ska parterna", "respektive part ska") or charges
 * them ("faktureras parterna", "delas lika mellan nämndens parter"). "Berörda", "medverkande" or
 * "övriga" parter are only some of them and do not count.
 */
public final class Distribution {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{L})-\\s*\\n\\s*(\\p{Ll})");

    /** Words before "parterna" that make it only some of the parties. */
    private static final String NOT_ALL = "(?<!berörda )(?<!berörd )(?<!båda )(?<!övriga )(?<!vissa )(?<!några )"
            + "(?<!intresserade )(?<!deltagande )(?<!medverkande )(?<!andra )(?<!enskilda )(?<!två )(?<!tre )";

    /** A noun phrase naming every party. */
    private static final String ALL_PARTIES = "(?:"
            + "(?:nämndens|förbundets)\\s+(?:samtliga\\s+|alla\\s+)?(?:samverkande\\s+|ingående\\s+)?parter(?:na)?"
            + "|(?:samtliga|alla)\\s+(?:nämndens\\s+|förbundets\\s+)?(?:samverkande\\s+|ingående\\s+)?parter(?:na)?"
            + "|(?:samtliga|alla)\\s+(?:förbunds)?medlemmar(?:na)?|förbundsmedlemmarna"
            + "|(?:samtliga|alla)\\s+(?:ingående\\s+|samverkande\\s+)?medlemskommuner(?:na)?|medlemskommunerna"
            + "|var\\s+och\\s+en\\s+av\\s+parterna|respektive\\s+part"
            // The lookahead first: thirteen lookbehinds tried at every position of the text cost
            // more than the rest of the check (docs/performance.md); the lookahead fails at once
            // where no "parterna" follows, and lookarounds at one position do not depend on order.
            + "|(?=(?:de\\s+)?(?:samverkande\\s+|ingående\\s+)?parterna)" + NOT_ALL + "(?:de\\s+)?(?:samverkande\\s+|ingående\\s+)?parterna"
            + ")(?![\\p{L}])";

    /**
     * A way of addressing all parties, with words one of which a match must contain: a text
     * without any of them is not searched (each pattern costs a pass over the text; the words are
     * literals of the pattern, so skipping it never changes the answer).
     */
    private record Addressing(Pattern pattern, List<String> anyOf) {
        boolean find(String s) {
            for (String word : anyOf) {
                if (s.contains(word)) {
                    return pattern.matcher(s).find();
                }
            }
            return false;
        }
    }

    private static final List<Addressing> ADDRESSING = List.of(
            // sent to them
            new Addressing(Pattern.compile("(?:remitteras|skickas|sänds|översänds|distribueras|expedieras|överlämnas|lämnas|går|remiss|delges|tillställs)"
                    + "(?:\\s+(?:ut|över|vidare|därefter|sedan|för|kännedom|yttrande|beslut|synpunkter|behandling|på\\s+remiss)){0,3}"
                    + "\\s+(?:till\\s+)?" + ALL_PARTIES),
                    List.of("remitteras", "skickas", "sänds", "distribueras", "expedieras", "lämnas", "går", "remiss", "delges", "tillställs")),
            // asked of them
            new Addressing(Pattern.compile("(?:rekommenderar|uppmanar|uppdrar\\s+åt|uppdrar\\s+till|ber|anmodar|inbjuder|bjuder\\s+in|erbjuder|informerar|föreslår)\\s+"
                    + ALL_PARTIES),
                    List.of("rekommenderar", "uppmanar", "uppdrar", "ber", "anmodar", "bjuder", "informerar", "föreslår")),
            new Addressing(Pattern.compile(ALL_PARTIES + "\\s+(?:ska|skall|bör|måste|ombeds|uppmanas|rekommenderas|erbjuds|inbjuds|åläggs|förväntas|får\\s+i\\s+uppdrag|ges\\s+möjlighet|faktureras|debiteras)(?![\\p{L}])"),
                    List.of("ska", "bör", "måste", "ombeds", "uppmanas", "rekommenderas", "erbjuds", "inbjuds", "åläggs", "förväntas", "får", "ges",
                            "faktureras", "debiteras")),
            new Addressing(Pattern.compile("(?:ska|skall|bör|måste)\\s+" + ALL_PARTIES), List.of("ska", "bör", "måste")),
            new Addressing(Pattern.compile("(?:yttrande[n]?|remissvar|synpunkter|ställningstaganden?|svar)\\s+(?:\\p{L}+\\s+){0,2}?från\\s+" + ALL_PARTIES),
                    List.of("från")),
            new Addressing(Pattern.compile("(?:inhämta|begära\\s+in|hämta\\s+in)\\s+" + NOT_ALL + "(?:nämndens\\s+|samtliga\\s+)?parternas"),
                    List.of("parternas")),
            // charged to them
            new Addressing(Pattern.compile("(?:fakturering|debitering)\\s+(?:av|till|hos)\\s+" + ALL_PARTIES), List.of("fakturering", "debitering")),
            // "… faktureras parterna i januari": the parties are the ones invoiced
            new Addressing(Pattern.compile("(?:faktureras|debiteras|fakturerar|debiterar)\\s+" + ALL_PARTIES), List.of("faktureras", "debiteras", "fakturerar", "debiterar")),
            new Addressing(Pattern.compile("(?:fördelas|delas|faktureras|debiteras|betalas|finansieras|bekostas)(?:\\s+lika)?\\s+(?:mellan|på|av)\\s+" + ALL_PARTIES),
                    List.of("delas", "faktureras", "debiteras", "betalas", "finansieras", "bekostas")));

    private static final Pattern ALL_PARTIES_ENTRY = Pattern.compile(
            "(?:^|\\s)(?:nämndens|förbundets|samtliga|alla)\\s+(?:samtliga\\s+|alla\\s+)?(?:samverkande\\s+|ingående\\s+)?"
                    + "(?:parter|parters|parterna|parternas|medlemmar|medlemmarna|förbundsmedlemmar|medlemskommuner)(?![\\p{L}])"
                    + "|^(?:till\\s+)?(?:de\\s+)?(?:samverkande\\s+|ingående\\s+)?(?:parterna|parternas|förbundsmedlemmarna|medlemskommunerna)(?![\\p{L}])");
    private static final Pattern ALL_KOMMUNER_ENTRY = Pattern.compile(
            "(?:^|\\s)(?:samtliga|alla)\\s+(?:ingående\\s+|samverkande\\s+)?kommuner(?:na)?(?![\\p{L}])"
                    + "|^(?:till\\s+)?(?:de\\s+)?(?:ingående\\s+|samverkande\\s+)?kommunerna(?:s)?(?![\\p{L}])");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;\\n•]|\\soch\\s|\\ssamt\\s)\\s*");
    private static final Pattern ORGAN_OF = Pattern.compile("^.+?\\s+(?:i|hos|vid)\\s+(.+)$");
    private static final Pattern EDGE_NOISE = Pattern.compile("^[\\s\\-–—*•·.:]+|[\\s\\-–—*•·.:]+$");

    private Distribution() {
    }

    /** Whether {@code text} addresses every party of the committee. */
    public static boolean addressesAllParties(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        // Every addressing pattern names the parties ("part…") or the members ("…medlem…"): a text
        // without either word cannot match, and most texts are of that kind (docs/performance.md).
        // A hyphenated line break ("par-\nterna") is joined by normalise, hence the '-' test.
        if (text.indexOf('-') < 0 && !mentionsParties(text.toLowerCase(SwedishText.LOCALE))) {
            return false;
        }
        String s = normalise(text);
        if (!mentionsParties(s)) {
            return false;
        }
        for (Addressing a : ADDRESSING) {
            if (a.find(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsParties(String lowerCase) {
        return lowerCase.contains("part") || lowerCase.contains("medlem");
    }

    /** Whether any point of a förslag till beslut addresses every party (the points read as one text). */
    public static boolean proposalsAddressAllParties(List<ProposalPoint> points) {
        if (points == null || points.isEmpty()) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (ProposalPoint p : points) {
            if (p.text() != null) {
                sb.append(p.text()).append('\n');
            }
        }
        return addressesAllParties(sb.toString());
    }

    /** Whether a distribution entry names all parties at once ("Nämndens parter", "Samtliga parter", "Parterna"). */
    public static boolean namesAllParties(String entry) {
        return entry != null && ALL_PARTIES_ENTRY.matcher(normalise(entry)).find();
    }

    /**
     * The parties a distribution list does not reach, in the committee's order. An entry naming
     * all parties reaches every one; "samtliga kommuner" reaches every kommun. Entries may hold
     * several names ("Bergs kommun, Bräcke kommun") and a name may be broken over two entries, as
     * when a list is read line by line.
     */
    public static List<Party> uncovered(List<Party> parties, List<String> entries) {
        if (parties == null || parties.isEmpty() || entries == null) {
            return List.of();
        }
        Set<Party> covered = new LinkedHashSet<>();
        List<List<String>> segmented = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            String norm = normalise(entry);
            if (ALL_PARTIES_ENTRY.matcher(norm).find()) {
                return List.of();
            }
            if (ALL_KOMMUNER_ENTRY.matcher(norm).find()) {
                parties.stream().filter(p -> p.kind() == PartyKind.KOMMUN).forEach(covered::add);
            }
            List<String> segments = new ArrayList<>();
            for (String s : SEPARATORS.split(entry)) {
                String clean = EDGE_NOISE.matcher(s).replaceAll("");
                if (!clean.isEmpty()) {
                    segments.add(clean);
                }
            }
            segmented.add(segments);
        }
        // A name broken over two entries ("Region Jämtland" / "Härjedalen, Östersunds kommun").
        Set<String> consumed = new LinkedHashSet<>();
        for (int i = 0; i + 1 < segmented.size(); i++) {
            List<String> a = segmented.get(i);
            List<String> b = segmented.get(i + 1);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            String joined = a.get(a.size() - 1) + " " + b.get(0);
            Party p = match(parties, joined);
            if (p != null && match(parties, a.get(a.size() - 1)) != p) {
                covered.add(p);
                consumed.add(i + ":" + (a.size() - 1));
                consumed.add((i + 1) + ":0");
            }
        }
        for (int i = 0; i < segmented.size(); i++) {
            List<String> segments = segmented.get(i);
            for (int j = 0; j < segments.size(); j++) {
                if (consumed.contains(i + ":" + j)) {
                    continue;
                }
                Party p = match(parties, segments.get(j));
                if (p != null) {
                    covered.add(p);
                }
            }
        }
        return parties.stream().filter(p -> !covered.contains(p)).toList();
    }

    /** The names of {@code parties}, for a message. */
    public static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }

    private static Party match(List<Party> parties, String segment) {
        Party p = PartyNames.find(parties, segment).orElse(null);
        if (p == null) {
            Matcher m = ORGAN_OF.matcher(segment.trim());
            if (m.matches()) {
                p = PartyNames.find(parties, m.group(1)).orElse(null);
            }
        }
        return p;
    }

    private static String normalise(String text) {
        String s = HYPHENATED_BREAK.matcher(text).replaceAll("$1$2");
        return SPACES.matcher(s.toLowerCase(SwedishText.LOCALE)).replaceAll(" ").trim();
    }
}
