package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.layout.Fields;
import se.namndkoll.documents.text.Patterns;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.SeatRole;

/**
 * A närvarolista written as a table with a header row, as Word documents and their text exports
 * have it: "Namn | Parti | Kommun | Funktion | Närvarande §§", one row per person. The columns are
 * found by their header, not by position; each row's role comes from its own function cell
 * ("Ledamot", "Ordförande", "Ersättare, tjänstgör för Johan Ek") or, without one, from the list's
 * section heading ("Tjänstgörande ersättare"). A row whose presence cell says the person was not
 * there ("–", "nej", "frånvarande") is no attendance.
 */
final class AttendanceTable {

    /**
     * The header's column indexes; -1 where the table has no such column. {@code substitute} is a
     * column that names the ersättare serving in the row's ledamot's place ("Tjänstgörande
     * ersättare" beside "Ledamöter").
     */
    record Columns(int name, int politicalParty, int municipality, int function, int presence, int substitute) {
    }

    /** One person present. {@code paragraphs} is null when present for the whole meeting. */
    record Row(String person, SeatRole role, boolean serving, String servingFor, String politicalParty, String municipality,
            List<Integer> paragraphs, boolean chair) {
    }

    private static final Pattern NAME = Pattern.compile("^" + Patterns.NAME + "$");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|–|—|till)\\s*(\\d{1,3})");

    private AttendanceTable() {
    }

    /** A row of three or more cells, one of them "Namn" and another a party, municipality or function column. */
    static boolean isHeader(List<String> cells) {
        Columns c = columns(cells);
        int known = (c.politicalParty() >= 0 ? 1 : 0) + (c.municipality() >= 0 ? 1 : 0) + (c.function() >= 0 ? 1 : 0) + (c.presence() >= 0 ? 1 : 0);
        return cells.size() >= 3 && c.name() >= 0 && known >= 1;
    }

    static Columns columns(List<String> cells) {
        int name = -1;
        int party = -1;
        int municipality = -1;
        int function = -1;
        int presence = -1;
        int substitute = -1;
        for (int i = 0; i < cells.size(); i++) {
            String h = Texts.fold(cells.get(i)).replaceAll("[:.]$", "");
            if (name < 0 && h.matches("namn|ledamot/ersättare|ledamöter och ersättare|ledamöter|ledamot|(?:tjänstgörande |ej tjänstgörande )?ersättare")) {
                name = i;
            } else if (party < 0 && h.matches("parti|politiskt parti")) {
                party = i;
            } else if (municipality < 0 && h.matches("kommun|region|part|kommun/region|organisation|representerar|huvudman")) {
                municipality = i;
            } else if (function < 0 && h.matches("funktion|roll|uppdrag|befattning")) {
                function = i;
            } else if (presence < 0 && h.matches("närvarande(?: §§?| paragrafer| \\(x\\))?|närvaro|närv|§§?|paragrafer|deltog i §§?")) {
                presence = i;
            } else if (substitute < 0 && name >= 0 && h.matches("(?:tjänstgörande |tjg )?ersättare")) {
                substitute = i;
            }
        }
        return new Columns(name, party, municipality, function, presence, substitute);
    }

    /** The role the name column's heading gives its rows ("Ledamöter", "Tjänstgörande ersättare"), or null ("Namn"). */
    static SeatRole roleOfNameColumn(List<String> cells, Columns c) {
        String h = Texts.fold(cells.get(c.name())).replaceAll("[:.]$", "");
        if (h.matches("ledamöter|ledamot")) {
            return SeatRole.LEDAMOT;
        }
        return h.matches("(?:tjänstgörande |ej tjänstgörande )?ersättare") ? SeatRole.ERSATTARE : null;
    }

    /**
     * The person a row records, or null when it is no one present: no name, no role (neither a
     * function cell nor the section's), or a presence cell that says absent.
     *
     * @param sectionRole the role of the list's section heading above the table, if any
     * @param sectionServing whether that section lists serving members
     */
    static Row row(List<String> cells, Columns c, SeatRole sectionRole, Boolean sectionServing) {
        String name = cell(cells, c.name());
        if (name == null) {
            return null;
        }
        // "Britt-Marie Ahlgren, ordförande": the role after the name is the row's function
        String ownFunction = null;
        int comma = name.indexOf(',');
        if (comma > 0 && NAME.matcher(Fields.withoutParty(name.substring(0, comma).trim())).matches()) {
            ownFunction = name.substring(comma + 1).trim();
            name = name.substring(0, comma).trim();
        }
        String political = null;
        Matcher inName = Fields.PARTY_SUFFIX.matcher(name);
        if (inName.find()) {
            political = inName.group(1);
            name = name.substring(0, inName.start()).trim();
        }
        if (!NAME.matcher(name).matches()) {
            return null;
        }
        String partyCell = cell(cells, c.politicalParty());
        if (partyCell != null && partyCell.matches("[\\p{L}-]{1,4}")) {
            political = partyCell;
        }
        String function = cell(cells, c.function());
        if (function == null) {
            function = ownFunction;
        }
        String f = Texts.fold(function == null ? "" : function);
        if (f.contains("frånvarande") || f.contains("ej närvarande")) {
            return null;
        }
        SeatRole role;
        boolean serving;
        Matcher sf = ProtocolReader.SERVING_FOR.matcher(function == null ? "" : function);
        String servingFor = sf.find() ? Fields.withoutParty(sf.group(1)) : null;
        if (f.contains("ersättare") || f.matches("(?:tjg|ers)\\b.*")) {
            role = SeatRole.ERSATTARE;
            serving = servingFor != null || f.contains("tjänstgör") || f.matches(".*\\btjg\\b.*");
        } else if (f.contains("ledamot") || f.contains("ordförande")) {
            role = SeatRole.LEDAMOT;
            serving = true;
        } else if (sectionRole != null) {
            role = sectionRole;
            serving = Boolean.TRUE.equals(sectionServing);
        } else {
            return null;
        }
        List<Integer> paragraphs = null;
        if (c.presence() >= 0) {
            String presence = cell(cells, c.presence());
            String p = Texts.fold(presence == null ? "" : presence);
            if (p.isEmpty() || p.matches("[-–—]+|nej|frånvarande|ej närvarande|f")) {
                return null;
            }
            Matcher range = RANGE.matcher(p);
            if (range.find() && Integer.parseInt(range.group(1)) <= Integer.parseInt(range.group(2))) {
                paragraphs = new ArrayList<>();
                for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                    paragraphs.add(n);
                }
            } else if (p.replaceAll("[§\\s]", "").matches("\\d{1,3}")) {
                paragraphs = List.of(Integer.parseInt(p.replaceAll("[§\\s]", "")));
            }
        }
        boolean chair = f.contains("ordförande") && !f.contains("vice ordförande");
        return new Row(name, role, serving, servingFor, political, cell(cells, c.municipality()), paragraphs, chair);
    }

    /**
     * The persons a row records: the row's own person, unless absent, and the ersättare its
     * substitute column names as serving in that person's place ("Elin Backlund | S | | Per-Olov
     * Gustavsson (S)": Backlund absent, Gustavsson serving for her).
     */
    static List<Row> rows(List<String> cells, Columns c, SeatRole sectionRole, Boolean sectionServing) {
        List<Row> out = new ArrayList<>();
        String substitute = cell(cells, c.substitute());
        boolean ledamot = c.substitute() >= 0 || sectionRole == SeatRole.LEDAMOT;
        if (ledamot && (substitute == null || !NAME.matcher(Fields.withoutParty(substitute)).matches())) {
            // a PDF's row loses its empty cells, so the columns shift: the substitute is the row's other person with a party
            substitute = null;
            for (int k = c.name() + 1; k < cells.size(); k++) {
                String v = cells.get(k).trim();
                if (Fields.PARTY_SUFFIX.matcher(v).find() && NAME.matcher(Fields.withoutParty(v)).matches()) {
                    substitute = v;
                    break;
                }
            }
        }
        Row own = row(cells, c, sectionRole, sectionServing);
        if (own != null && substitute == null) {
            out.add(own);
        }
        if (substitute != null) {
            String party = null;
            Matcher p = Fields.PARTY_SUFFIX.matcher(substitute);
            if (p.find()) {
                party = p.group(1);
                substitute = substitute.substring(0, p.start()).trim();
            }
            String served = cell(cells, c.name());
            if (NAME.matcher(substitute).matches() && served != null) {
                int comma = served.indexOf(',');
                served = Fields.withoutParty(comma > 0 ? served.substring(0, comma) : served);
                out.add(new Row(substitute, SeatRole.ERSATTARE, true, served, party, cell(cells, c.municipality()), null, false));
            }
        }
        return out;
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String v = cells.get(index).trim();
        return v.isEmpty() ? null : v;
    }
}
