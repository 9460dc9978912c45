package se.namndkoll.documents.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.text.Municipalities.Mention;
import se.namndkoll.documents.text.Municipalities;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.Limits;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;

/**
 * A provisional committee for a protocol or a kallelse whose body is not registered, built from what
 * the document says about its own body: its name as the document writes it, the kommuner and
 * regioner its header or närvarolista names ("Gemensam nämnd för Gnesta, Flen och Vingåker",
 * "Anna Ek (S), Eksjö"), and the number of its ledamöter where the document states it ("nämnden
 * består av åtta ledamöter", "fyra av nämndens åtta ledamöter är närvarande"). Only a document that
 * states a number of seats or names two or more parties gets one: a body's name alone supports no
 * rule. What the document does not state stays unknown (no host, no terms; seats without parties).
 */
public final class ProvisionalCommittee {

    /** A provisional committee and the lines of the document that state each of its facts. */
    public record Result(Committee committee, Map<String, int[]> sources) {
    }

    private static final String NUM = "(\\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo"
            + "|tjugoen|tjugotvå|tjugotre|tjugofyra|tjugofem)";
    private static final String BODY = "(?:nämnden|direktionen|förbundsdirektionen|styrelsen|förbundsstyrelsen|fullmäktige|kommunfullmäktige|regionfullmäktige|förbundsfullmäktige)";
    private static final String BODY_GENITIVE = "(?:nämndens|direktionens|förbundsdirektionens|styrelsens|förbundsstyrelsens|fullmäktiges|kommunfullmäktiges|förbundsfullmäktiges)";
    /** "Nämnden består av åtta ledamöter", "Direktionen har nio ledamöter". */
    private static final Pattern CONSISTS = Pattern.compile("(?iu)(?<![\\p{L}-])" + BODY + "\\s+(?:består\\s+av|har)\\s+" + NUM + "\\s+(?:ordinarie\\s+)?ledamöter\\b");
    /** "Fyra av nämndens åtta ledamöter är närvarande", "samtliga av direktionens nio ledamöter". */
    private static final Pattern OF_SEATS = Pattern.compile("(?iu)\\bav\\s+" + BODY_GENITIVE + "\\s+" + NUM + "\\s+(?:ordinarie\\s+)?ledamöter\\b");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("en", 1), Map.entry("ett", 1), Map.entry("två", 2), Map.entry("tre", 3),
            Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9),
            Map.entry("tio", 10), Map.entry("elva", 11), Map.entry("tolv", 12), Map.entry("tretton", 13), Map.entry("fjorton", 14),
            Map.entry("femton", 15), Map.entry("sexton", 16), Map.entry("sjutton", 17), Map.entry("arton", 18), Map.entry("nitton", 19),
            Map.entry("tjugo", 20), Map.entry("tjugoen", 21), Map.entry("tjugotvå", 22), Map.entry("tjugotre", 23), Map.entry("tjugofyra", 24),
            Map.entry("tjugofem", 25));

    /** The lines of a document's head in which a title or letterhead names the body's parties. */
    private static final int HEAD_LINES = 12;

    private ProvisionalCommittee() {
    }

    /**
     * @param bodyName the body as the document names it, or null (then there is none)
     * @param attendance the närvarolista read, or null
     */
    public static Result read(Layout w, String bodyName, List<Attendance> attendance) {
        if (bodyName == null || bodyName.isBlank()) {
            return null;
        }
        Map<String, int[]> sources = new LinkedHashMap<>();
        Integer seats = null;
        for (int i = 0; i < w.size() && seats == null; i++) {
            if (!w.content(i) || w.duplicateOf[i] != null) {
                continue;
            }
            String text = w.clean[i];
            for (Pattern p : List.of(CONSISTS, OF_SEATS)) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    seats = number(m.group(1));
                    if (seats != null && seats > 0) {
                        sources.put("/committee/seats", new int[] {i, i});
                        break;
                    }
                    seats = null;
                }
            }
        }
        Map<String, Mention> parties = new LinkedHashMap<>();
        Map<String, Integer> partyLine = new LinkedHashMap<>();
        int seen = 0;
        String folded = Texts.fold(bodyName);
        for (int i = 0; i < w.size() && seen < HEAD_LINES; i++) {
            if (!w.content(i)) {
                continue;
            }
            seen++;
            // a title that names the body or calls it joint ("Gemensam nämnd för Gnesta, Flen och Vingåkers kommuner"), not a place field
            String line = Texts.fold(w.clean[i]);
            boolean joint = line.matches(".*\\bgemensam(?:ma)? (?:\\p{L}+ )?\\p{L}*nämnd.*");
            if (!joint && !line.contains(folded)) {
                continue;
            }
            for (Mention m : Municipalities.parties(w.clean[i], joint)) {
                parties.putIfAbsent(m.id(), m);
                partyLine.putIfAbsent(m.id(), i);
            }
        }
        if (attendance != null && !attendance.isEmpty()) {
            // a member's line of the närvarolista names the kommun or region the member represents ("Anna Ek (S), Eksjö")
            for (int i = 0; i < w.size(); i++) {
                if (!w.content(i)) {
                    continue;
                }
                String text = w.clean[i];
                for (Attendance a : attendance) {
                    int at = text.indexOf(a.person());
                    if (at < 0) {
                        continue;
                    }
                    String after = text.substring(at + a.person().length());
                    int next = nextPerson(after, attendance);
                    String own = after.substring(0, next);
                    for (Mention m : Municipalities.find(own, true)) {
                        if (m.start() <= 12 || m.named()) {
                            parties.putIfAbsent(m.id(), m);
                            partyLine.putIfAbsent(m.id(), i);
                        }
                    }
                }
            }
        }
        if (seats == null && parties.size() < 2) {
            return null;
        }
        List<Party> partyList = new ArrayList<>();
        for (Mention m : parties.values()) {
            int line = partyLine.get(m.id());
            sources.put("/committee/parties/" + partyList.size(), new int[] {line, line});
            Municipalities.Municipality municipality = m.municipality();
            partyList.add(new Party(m.id(), m.name(), m.kind(), null, null, municipality == null ? List.of() : List.of(municipality.base())));
        }
        List<Seat> seatList = null;
        if (seats != null) {
            seatList = new ArrayList<>();
            for (int k = 0; k < Math.min(seats, Limits.SEATS); k++) {
                seatList.add(new Seat(SeatRole.LEDAMOT, null, null, null));
            }
        }
        String name = bodyName.length() > Limits.NAME ? bodyName.substring(0, Limits.NAME) : bodyName;
        String id = Municipalities.slug(name);
        Committee committee = new Committee(id.isEmpty() ? "dokumentets-namnd" : id, name, List.of(), form(w, name), null, partyList, seatList, null,
                null, List.of(), null, null);
        return new Result(committee, sources);
    }

    /** Where the next attendee's name starts in the rest of a line, or its end. */
    private static int nextPerson(String rest, List<Attendance> attendance) {
        int next = rest.length();
        for (Attendance a : attendance) {
            int at = rest.indexOf(a.person());
            if (at >= 0 && at < next) {
                next = at;
            }
        }
        return next;
    }

    /** A joint committee when the document says so, a kommunalförbund's organ when its name is a förbund's, else a nämnd. */
    private static CooperationForm form(Layout w, String name) {
        String n = Texts.fold(name);
        if (n.matches(".*\\bgemensam(?:ma)?\\b.*")) {
            return CooperationForm.GEMENSAM_NAMND;
        }
        if (n.matches(".*(?:förbund|direktion).*")) {
            return CooperationForm.KOMMUNALFORBUND;
        }
        int seen = 0;
        for (int i = 0; i < w.size() && seen < 40; i++) {
            if (w.content(i)) {
                seen++;
                if (Texts.fold(w.clean[i]).matches(".*\\bgemensam(?:ma)? nämnd(?:en)?\\b.*")) {
                    return CooperationForm.GEMENSAM_NAMND;
                }
            }
        }
        return CooperationForm.NAMND;
    }

    private static Integer number(String word) {
        String w = word.toLowerCase(Texts.SWEDISH);
        return w.matches("\\d+") ? Integer.valueOf(w) : NUMBERS.get(w);
    }
}
