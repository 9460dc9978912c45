package se.namndkoll.documents.text;

import java.util.regex.Pattern;

/**
 * The section headings of Swedish municipal agendas, tjänsteskrivelser and protocols
 * ("Förslag till beslut", "Regiondirektörens förslag", "E-nämndens beslut", "Expedieras till",
 * "Beslutsunderlag"), recognised by their conventional form, not by one document's wording.
 */
public final class Headings {

    private static final Pattern PROPOSAL = Pattern.compile(
            "(?iu)^(?:förslag till beslut|beslutsförslag|föreslaget beslut|förslag till (?:kommunfullmäktige|regionfullmäktige|fullmäktige|kommunstyrelsen|regionstyrelsen|nämnden)"
                    + "|[\\p{L}-]+(?: [\\p{L}-]+){0,3}s förslag(?: till (?:beslut|[\\p{L}-]+))?)(?:\\s*\\(.*\\))?\\s*:?$");
    private static final Pattern DECISION = Pattern.compile(
            "(?iu)^(?:beslut|beslutet|[\\p{L}-]+(?: [\\p{L}-]+){0,3}s beslut)\\s*:?$");
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "(?iu)^(?:expedieras till|beslutet expedieras till|utdrag till|protokollsutdrag(?: skickas)? till|beslutet (?:ska )?skickas till|sändlista|för kännedom till|delges)\\s*:?\\s*(.*)$");
    private static final Pattern BASIS = Pattern.compile("(?iu)^(?:beslutsunderlag|underlag för beslut|handlingar i ärendet)\\s*:?\\s*(.*)$");
    private static final Pattern DESCRIPTION = Pattern.compile("(?iu)^(?:ärendebeskrivning|sammanfattning av ärendet|sammanfattning|ärendet|beskrivning av ärendet)\\s*:?$");
    private static final Pattern OTHER = Pattern.compile(
            "(?iu)^(?:i tjänsten|sammanträdet|beslutsgång|yrkanden?|propositionsordning|reservationer?|protokollsanteckningar?|jäv|omröstning|"
                    + "motivering|beredning|yttranden?|ekonomiska konsekvenser|konsekvenser|bilagor?|"
                    + "bakgrund|betydelse|resultat|analys|beslutsunderlag|tjänsteskrivelse)\\s*:?$");

    private static final Pattern ENDS = Pattern.compile(
            "(?iu)^(?:i tjänsten|sammanträdet|beslutsgång|yrkanden?|propositionsordning|reservationer?|protokollsanteckningar?|jäv|omröstning|motivering|tjänsteskrivelse)\\s*:?$");

    private Headings() {
    }

    public static boolean proposal(String clean) {
        return clean.length() <= 80 && PROPOSAL.matcher(clean).matches();
    }

    public static boolean decision(String clean) {
        return clean.length() <= 60 && DECISION.matcher(clean).matches();
    }

    /** A distribution heading; the list may follow on the same line after it. */
    public static boolean distribution(String clean) {
        return clean.length() <= 400 && DISTRIBUTION.matcher(clean).matches();
    }

    /** What follows a distribution heading on its own line ("Expedieras till: A, B"), or "". */
    public static String distributionRest(String clean) {
        var m = DISTRIBUTION.matcher(clean);
        return m.matches() ? m.group(1).trim() : "";
    }

    public static boolean basis(String clean) {
        return clean.length() <= 400 && BASIS.matcher(clean).matches();
    }

    static String basisRest(String clean) {
        var m = BASIS.matcher(clean);
        return m.matches() ? m.group(1).trim() : "";
    }

    public static boolean description(String clean) {
        return clean.length() <= 40 && DESCRIPTION.matcher(clean).matches();
    }

    /** Any section heading that ends the section before it. */
    public static boolean any(String clean) {
        if (clean.length() > 400) {
            return false;
        }
        return proposal(clean) || decision(clean) || (distribution(clean) && distributionRest(clean).isEmpty())
                || (basis(clean) && basisRest(clean).isEmpty()) || description(clean) || OTHER.matcher(clean).matches();
    }

    /** A heading that ends a proposal or decision section (not the sub-headings inside a description). */
    public static boolean endsZone(String clean) {
        if (clean.length() > 400) {
            return false;
        }
        return proposal(clean) || decision(clean) || distribution(clean) || basis(clean) || description(clean)
                || (clean.length() <= 40 && ENDS.matcher(clean).matches());
    }
}
