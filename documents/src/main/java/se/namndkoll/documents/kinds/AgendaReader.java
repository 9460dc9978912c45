package se.namndkoll.documents.kinds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.layout.Fields;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.text.FieldRole;
import se.namndkoll.documents.text.Headings;
import se.namndkoll.documents.text.Patterns;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.text.SwedishDates;

/**
 * Reads a kallelse/föredragningslista: its numbered items ("9. Budget 2020 (GNS/13/2019) 11:30")
 * with diarienummer, time and föredragande, and in each item the sections Swedish agendas use:
 * ärendebeskrivning, förslag till beslut (numbered points), expedieras till, beslutsunderlag.
 * Tjänsteskrivelser appended after the list are recognised (their letterhead: title,
 * diarienummer, "Tjänsteskrivelse") and end the last item.
 */
public final class AgendaReader {

    /**
     * An item's place in the document: heading line and last line (indexes), and where its own
     * section starts when the list is followed by one section per item ("Ärende 5 …"), else -1.
     */
    public record Block(AgendaItem item, int heading, int end, int index, int detail) {
    }

    public record Result(Agenda agenda, List<Block> blocks, List<Integer> memoStarts) {
    }

    /** The kallelse's reader: its head (date, time, place) and its items, with the tjänsteskrivelser after the list. */
    public static final KindReader<Result> READER = (w, from, to, context) -> read(w, from, to, context.memoStarts());

    /** The tjänsteskrivelse's reader: its items if it lists any, else its one matter. */
    public static final KindReader<Result> MEMO_READER = (w, from, to, context) -> {
        Result read = read(w, from, to, context.memoStarts());
        return read.agenda().items().isEmpty() ? readMemo(w, from, to, read) : read;
    };

    /** The most numbers a list of one line per item may skip and still be read as the list (with a gap). */
    private static final int MAX_GAP = 2;
    /** A diarienummer in a list's Dnr column: at the end of the line, after a tab or a gap of two or more spaces. */
    private static final Pattern DNR_COLUMN = Pattern.compile("(?:\\t| {2,})\\s*(?:(?i:dnr)\\.?:?\\s*)?(" + Patterns.DNR + "|" + Patterns.DNR_INCOMPLETE + ")\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.)]?\\s+(\\S.*)$");
    private static final Pattern MEMO = Pattern.compile("(?iu)^tjänsteskrivelse(?:\\s+(?:19|20)\\d{2}-\\d{2}-\\d{2})?$");
    private static final Pattern NOT_A_DECISION = Pattern.compile("(?iu)^(?:information|informationsärende|fika|paus|lunch|kaffe|rast)\\b.*");

    private AgendaReader() {
    }

    /** Where tjänsteskrivelser start (indexes), in order. */
    public static List<Integer> memoStarts(Layout w) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.blank(i) || !MEMO.matcher(w.clean[i]).matches()) {
                continue;
            }
            int dnr = -1;
            for (int j = Math.max(0, i - 3); j <= Math.min(w.size() - 1, i + 3); j++) {
                if (j != i && !w.blank(j) && Patterns.DNR_ONLY.matcher(w.clean[j]).matches()) {
                    dnr = j;
                    break;
                }
            }
            if (dnr < 0) {
                continue;
            }
            int start = Math.min(i, dnr);
            int titleStart = titleAbove(w, start, bodyTitle(w, Math.max(i, dnr), w.clean[dnr]));
            starts.add(titleStart);
        }
        return starts;
    }

    /** The tjänsteskrivelse's title as its body repeats it after the second mention of its diarienummer. */
    private static List<String> bodyTitle(Layout w, int after, String dnrLine) {
        for (int j = after + 1; j < Math.min(w.size(), after + 25); j++) {
            if (!w.blank(j) && w.clean[j].equals(dnrLine)) {
                int k = j + 1;
                while (k < w.size() && w.blank(k)) {
                    k++;
                }
                List<String> words = new ArrayList<>();
                while (k >= 0 && k < w.size() && !w.blank(k) && words.size() < 30) {
                    words.addAll(Texts.words(w.clean[k]));
                    k++;
                }
                if (!words.isEmpty() && words.get(0).equals("tjänsteskrivelse")) {
                    words.remove(0);
                }
                return words;
            }
        }
        return List.of();
    }

    /** Walks up from the letterhead over the lines that spell the title (ends of lines first). */
    private static int titleAbove(Layout w, int start, List<String> title) {
        if (title.isEmpty()) {
            return start;
        }
        int j = start - 1;
        while (j >= 0 && w.blank(j)) {
            j--;
        }
        List<String> collected = new ArrayList<>();
        int top = start;
        while (j >= 0 && !w.blank(j)) {
            List<String> line = Texts.words(w.clean[j]);
            List<String> candidate = new ArrayList<>(line);
            candidate.addAll(collected);
            if (candidate.size() > title.size() || !title.subList(title.size() - candidate.size(), title.size()).equals(candidate)) {
                break;
            }
            collected = candidate;
            top = j;
            if (collected.size() == title.size()) {
                return top;
            }
            j--;
        }
        return collected.isEmpty() ? start : top;
    }

    /** "Utskickad 2020-03-02", "Kallelsen har skickats den 2 mars 2020": when the kallelse says it was sent. */
    private static final Pattern SENT = Pattern.compile("(?iu)\\b(?:utskicksdatum|utskickad|utskickat|utsänd|utsänt|skickad|skickat"
            + "|kallelsen\\s+(?:har\\s+)?(?:skickats(?:\\s+ut)?|sänts\\s+ut|sändes\\s+ut|skickades(?:\\s+ut)?|gått\\s+ut|gick\\s+ut))\\b\\s*:?\\s*(?:den\\s+)?");

    /** The date a kallelse says it was sent, on or before the meeting, or null; its line is put in {@code line[0]}. */
    static LocalDate sentOn(Layout w, int from, int to, LocalDate meetingDate, int[] line) {
        for (int i = from; i <= to && i < w.size(); i++) {
            if (!w.content(i)) {
                continue;
            }
            Matcher m = SENT.matcher(w.clean[i]);
            while (m.find()) {
                String rest = w.clean[i].substring(m.end());
                SwedishDates.Found date = SwedishDates.find(rest).stream().findFirst().orElse(null);
                if (date != null && date.date() != null && date.start() == 0 && (meetingDate == null || !date.date().isAfter(meetingDate))) {
                    line[0] = i;
                    return date.date();
                }
            }
        }
        return null;
    }

    public static Result read(Layout w, int from, int to, List<Integer> memoStarts) {
        int listEnd = to;
        for (int s : memoStarts) {
            if (s > from) {
                listEnd = Math.min(listEnd, s - 1);
                break;
            }
        }
        List<int[]> headings = headings(w, from, listEnd);
        Map<Integer, int[]> details = details(w, headings, listEnd);
        List<Block> blocks = new ArrayList<>();
        // On a web page the items are bullets ("•   1" and the title below); a bullet at the same
        // indentation without a number is a text that belongs to no numbered item.
        String bullet = headings.isEmpty() ? null : bulletPrefix(w.raw.get(headings.get(0)[0]).text());
        int orphanFrom = -1;
        int orphanTo = -1;
        int orphans = 0;
        for (int k = 0; k < headings.size(); k++) {
            int h = headings.get(k)[0];
            int number = headings.get(k)[1];
            int end = k + 1 < headings.size() ? headings.get(k + 1)[0] - 1 : listEnd;
            if (!details.isEmpty()) {
                // the list is one line per item; each item's text is in its own section below the list
                int listLast = details.values().stream().mapToInt(d -> d[0]).min().orElse(end + 1) - 1;
                blocks.add(readItem(w, number, h, Math.min(end, listLast), k, details.get(number)));
                continue;
            }
            if (bullet != null) {
                for (int i = h + 2; i <= end; i++) {
                    if (w.content(i) && bullet.equals(bulletPrefix(w.raw.get(i).text()))) {
                        int stop = end;
                        for (int j = i; j <= stop; j++) {
                            if (w.content(j)) {
                                if (bullet.equals(bulletPrefix(w.raw.get(j).text()))) {
                                    orphans++;
                                }
                                orphanFrom = orphanFrom < 0 ? j : orphanFrom;
                                orphanTo = j;
                            }
                        }
                        end = i - 1;
                        break;
                    }
                }
            }
            blocks.add(readItem(w, number, h, end, k, null));
        }
        if (orphanFrom >= 0) {
            w.unreadable(orphanFrom, orphanTo, orphans + (orphans == 1 ? " textstycke" : " textstycken")
                    + " på sidan saknar ärendenummer och rubrik och kan inte knytas till något ärende; de har inte kontrollerats.");
        }
        List<AgendaItem> items = blocks.stream().map(Block::item).toList();
        LocalDate meetingDate = meetingDate(w, from, to);
        // the kallelse's head is read whatever its list: the meeting's date, time and place are facts of their own
        LocalTime start = !items.isEmpty() && items.get(0).time() != null ? items.get(0).time() : meetingTime(w, from, to);
        int[] sentLine = new int[] {-1};
        LocalDate sentOn = sentOn(w, from, to, meetingDate, sentLine);
        Agenda agenda = new Agenda(meetingDate, start, place(w, from, to), items, sentOn);
        if (sentOn != null) {
            w.span("/agenda/sentOn", sentLine[0], sentLine[0]);
        }
        if (!blocks.isEmpty()) {
            w.span("/agenda", blocks.get(0).heading(), blocks.get(blocks.size() - 1).end());
        }
        return new Result(agenda, blocks, memoStarts);
    }

    /**
     * A tjänsteskrivelse on its own, with no list of items: one matter, whose title stands above its
     * first section ("Förslag till beslut", "Bakgrund", "Ärendebeskrivning") and whose sections are
     * read as an item's are (the proposal's points, the distribution, the beslutsunderlag). The
     * result is an agenda of that one item, or the agenda read before when no section is found.
     */
    public static Result readMemo(Layout w, int from, int to, Result read) {
        int section = -1;
        for (int i = from; i <= to && i < w.size(); i++) {
            if (w.content(i) && (Headings.proposal(w.clean[i]) || Headings.description(w.clean[i]) || Headings.any(w.clean[i]))) {
                section = i;
                break;
            }
        }
        if (section < 0) {
            return read;
        }
        int title = w.previousContent(section - 1);
        while (title >= from && (Fields.label(w.clean[title], true) != null || w.tabbed(title) || Patterns.DNR_ONLY.matcher(w.clean[title]).matches())) {
            title = w.previousContent(title - 1);
        }
        String p = "/agenda/items/0";
        Sections sections = Sections.read(w, section, to, p);
        String titleText = title >= from ? Texts.trimPunctuation(w.clean[title]) : null;
        if (title >= from) {
            w.span(p + "/title", title, title);
        }
        w.span(p, Math.max(from, title), to);
        String caseNumber = null;
        Matcher dnr = MEMO_DNR.matcher(w.text(from, section));
        if (dnr.find()) {
            caseNumber = dnr.group(1);
        }
        AgendaItem item = new AgendaItem(1, titleText, caseNumber, null, null, sections.description, sections.proposals,
                sections.proposals.isEmpty() ? null : Boolean.TRUE, sections.distribution, sections.basis);
        Agenda agenda = new Agenda(read == null ? null : read.agenda().meetingDate(), read == null ? null : read.agenda().startTime(),
                read == null ? null : read.agenda().place(), List.of(item));
        return new Result(agenda, List.of(new Block(item, Math.max(from, title), to, 0, -1)), read == null ? List.of() : read.memoStarts());
    }

    /** A letterhead's diarienummer: "Dnr ENÄ 2025/48", "Diarienummer: KS 2024/117". */
    private static final Pattern MEMO_DNR = Pattern.compile("(?iu)\\b(?:dnr|diarienr|diarienummer|ärendenr)\\.?:?\\s*(" + Patterns.DNR + ")");

    /** The indentation and bullet glyph a raw line starts with ("•   1" → "•"), or null. */
    private static String bulletPrefix(String raw) {
        Matcher m = Pattern.compile("^(\\s*)([•▪◦·●■\uF0B7\uF0A7])").matcher(Texts.normaliseSpaces(raw));
        return m.find() ? m.group(1).length() + m.group(2) : null;
    }

    /** Item headings (index, number): numbered lines that continue the item sequence. */
    private static List<int[]> headings(Layout w, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Integer last = null;
        boolean inProposal = false;
        // the last numbered point of the proposal being read (0 before its first)
        int lastPoint = 0;
        for (int i = from; i <= to; i++) {
            if (!w.content(i)) {
                continue;
            }
            String c = w.clean[i];
            if (Headings.proposal(c)) {
                inProposal = true;
                lastPoint = 0;
                continue;
            }
            if (Headings.endsZone(c)) {
                inProposal = false;
                continue;
            }
            Integer number = null;
            Matcher m = ITEM.matcher(c);
            if (m.matches() && (c.matches("^\\d{1,2}[.)]\\s.*") || tableRow(w, i))) {
                number = Integer.parseInt(m.group(1));
            } else if (TIME_FIRST.matcher(c).lookingAt() && numberCell(w.columns(i)) == 1) {
                // a list with a time column first ("13.05 | 2 | Fastställande av ärendelista"): the number is the time's second number
                number = Integer.parseInt(TIME_FIRST_NUMBER.matcher(c).replaceFirst("$1"));
            } else if (c.matches("\\d{1,2}") && Texts.startsWithBullet(w.raw.get(i).text())) {
                int title = w.nextContent(i + 1);
                if (title > 0 && !w.clean[title].matches("\\d{1,2}")) {
                    number = Integer.parseInt(c);
                }
            }
            if (number == null) {
                continue;
            }
            // a numbered line directly followed by an item's section heading ("Förslag till beslut") is an item, even inside a proposal
            int below = w.nextContent(i + 1);
            String titleText = c.replaceFirst("^\\d{1,2}[.)]?\\s*", "");
            boolean headsSections = below > 0 && below <= to && Headings.any(w.clean[below]) && !c.endsWith(".")
                    && !titleText.regionMatches(true, 0, "att ", 0, 4) && Texts.wordCount(titleText) <= 10;
            boolean features = itemFeatures(w, i) || headsSections && last != null && number > last;
            // in a dense list of one line per item, a gap of a few numbers or a repeated number is the list's own mistake
            boolean next = last == null ? (number <= 2 || features)
                    : number == last + 1 || (number > last + 1 && number <= last + 1 + MAX_GAP && directlyBelow(w, out.get(out.size() - 1)[0], i))
                    || (number.equals(last) && !inProposal && directlyBelow(w, out.get(out.size() - 1)[0], i))
                    || (number > last + 1 && number <= last + 1 + MAX_GAP && headsSections);
            if (inProposal && !features) {
                // in a proposal, a numbered line is one of its points ("2. att …"), unless the proposal
                // has no numbered points and the line starts none (1.): then it is the next item
                // ("4. Information" after a proposal in one sentence)
                if (lastPoint > 0 || number == 1) {
                    lastPoint = Math.max(lastPoint, number);
                    next = false;
                }
            }
            if (next) {
                out.add(new int[] {i, number});
                last = number;
                inProposal = false;
            }
        }
        return out;
    }

    /**
     * Whether line {@code i} is the next content line after the heading at {@code previous}: in a
     * list of one line per item, a number that skips one or two is the list's own gap (which the
     * numbering rule reports), not a numbered point of some text.
     */
    /**
     * Whether line {@code i} follows the item at {@code previous} with nothing between but the rest
     * of that item's row: a PDF wraps a table row's long cells onto lines of their own ("justerare",
     * "personuppgiftsincidenter | dataskyddsombud"), which start with no number or time.
     */
    private static boolean directlyBelow(Layout w, int previous, int i) {
        int next = w.nextContent(previous + 1);
        boolean table = w.tabbed(previous);
        while (table && next >= 0 && next < i && !w.clean[next].matches("^\\d.*") && Texts.wordCount(w.clean[next]) <= 8) {
            next = w.nextContent(next + 1);
        }
        return next == i;
    }

    /** A heading has an item's features: a diarienummer, a time, or a föredragande-and-time line below. */
    private static boolean itemFeatures(Layout w, int i) {
        String c = w.clean[i];
        if (Patterns.DNR_IN_PARENS.matcher(c).find() || Patterns.TIME_AT_END.matcher(c).find()) {
            return true;
        }
        int next = w.nextContent(i + 1);
        if (next > 0 && next - i <= 3) {
            String n = w.clean[next];
            return Patterns.PRESENTER_TIME.matcher(n).matches() || Patterns.DNR_IN_PARENS.matcher(n).find();
        }
        return false;
    }

    /** A list line ("2. Verksamhetsplan 2026"), which may stand again as the heading of the item's section. */
    private static final Pattern REPEATED_ITEM = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");

    /** The lines that head one section per item below a list ("Ärende 5 Prislista 2025", "Punkt 6"). */
    private static final Pattern DETAIL = Pattern.compile("(?iu)^(?:ärende|punkt|p\\.)\\s*(\\d{1,2})\\b\\s*[.:)–-]?\\s*(.{0,100})$");

    /**
     * The sections below the list, one per item, each headed "Ärende N" or "Punkt N" with N an item of
     * the list, in the list's order: number → {first line of the section (its heading), last line}.
     * Empty when the document has none (the items' texts then follow their list lines).
     */
    private static Map<Integer, int[]> details(Layout w, List<int[]> headings, int to) {
        Map<Integer, int[]> out = new LinkedHashMap<>();
        if (headings.size() < 2) {
            return out;
        }
        Set<Integer> numbers = new HashSet<>();
        Map<Integer, String> titles = new HashMap<>();
        for (int[] h : headings) {
            numbers.add(h[1]);
            titles.putIfAbsent(h[1], Texts.fold(Texts.trimPunctuation(w.clean[h[0]].replaceFirst("^\\d{1,2}[.)]?\\s*", ""))));
        }
        int last = -1;
        for (int i = headings.get(headings.size() - 1)[0] + 1; i <= to && i < w.size(); i++) {
            if (!w.content(i)) {
                continue;
            }
            Matcher m = DETAIL.matcher(w.clean[i]);
            int n;
            if (m.matches() && !m.group(2).endsWith(".")) {
                n = Integer.parseInt(m.group(1));
            } else {
                // the list's own line repeated as the section's heading ("2. Verksamhetsplan 2026")
                Matcher again = REPEATED_ITEM.matcher(w.clean[i]);
                if (!again.matches()) {
                    continue;
                }
                n = Integer.parseInt(again.group(1));
                String title = titles.get(n);
                if (title == null || title.isEmpty() || !Texts.fold(Texts.trimPunctuation(again.group(2))).startsWith(title)) {
                    continue;
                }
            }
            if (!numbers.contains(n) || n <= last) {
                continue;
            }
            if (last >= 0) {
                out.get(last)[1] = i - 1;
            }
            out.put(n, new int[] {i, to});
            last = n;
        }
        return out;
    }

    /** A row of a list written as a table: the number alone in the first cell, the title in the next ("2 | Budget 2025 | Dnr"). */
    private static boolean tableRow(Layout w, int i) {
        return numberCell(w.columns(i)) >= 0;
    }

    private static final Pattern MEETING_TIME_LABEL = Pattern.compile("(?iu)(?:dag och tid|tid och plats|plats och tid|datum och tid|sammanträdesdatum|sammanträdesdag|tid)\\s*:?\\s");
    /** A "Tid" line about another time than the meeting's: justering, replies, notice of absence. */
    private static final Pattern NOT_THE_MEETING = Pattern.compile("(?iu)juster|senast|anmäl|förhinder|svar");
    private static final Pattern TIME_FIRST = Pattern.compile("(?iu)(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2}\\s+\\d");
    private static final Pattern TIME_FIRST_NUMBER = Pattern.compile("(?iu)^(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2}\\s+(\\d{1,2})\\b.*$");
    private static final Pattern TIME_CELL = Pattern.compile("(?iu)(?:kl\\.?\\s*)?(?:[01]?\\d|2[0-3])[.:][0-5]\\d");

    /**
     * The column of a list row's item number: 0, or 1 after a time column ("13.00 | 1 | Upprop");
     * -1 when the cells are no row of a list (a number followed by a title).
     */
    private static int numberCell(List<String> cells) {
        for (int k = 0; k <= 1 && k + 1 < cells.size(); k++) {
            if (k == 1 && !TIME_CELL.matcher(cells.get(0).trim()).matches()) {
                break;
            }
            String title = cells.get(k + 1).trim();
            if (cells.get(k).trim().matches("\\d{1,2}[.)]?") && !title.isEmpty() && Character.isLetter(title.charAt(0))) {
                return k;
            }
        }
        return -1;
    }

    private static Block readItem(Layout w, int number, int heading, int end, int index, int[] detail) {
        if (tableRow(w, heading)) {
            return readTableItem(w, number, heading, end, index, detail);
        }
        String p = "/agenda/items/" + index;
        // the heading and its continuation lines
        String headingText = w.clean[heading].replaceFirst("^\\d{1,2}[.)]?\\s*", "");
        int last = heading;
        if (headingText.isEmpty()) {
            int t = w.nextContent(heading + 1);
            if (t > 0 && t <= end) {
                headingText = w.clean[t];
                last = t;
            }
        }
        while (!Patterns.DNR_IN_PARENS.matcher(headingText).find() && !Patterns.TIME_AT_END.matcher(headingText).find()
                && last + 1 <= end && w.content(last + 1) && !Headings.any(w.clean[last + 1])
                && !Patterns.PRESENTER_TIME.matcher(w.clean[last + 1]).matches() && last - heading < 2
                && Patterns.DNR_IN_PARENS.matcher(w.clean[last + 1]).find()) {
            last++;
            headingText = Texts.join(List.of(headingText, w.clean[last]));
        }
        if (last == heading && last + 1 <= end && w.content(last + 1) && !Headings.any(w.clean[last + 1])
                && !Patterns.PRESENTER_TIME.matcher(w.clean[last + 1]).matches()
                && !Patterns.TIME_AT_END.matcher(headingText).find() && !Patterns.DNR_IN_PARENS.matcher(headingText).find()
                && !headingText.endsWith(".") && w.clean[last + 1].length() < 80 && Character.isLowerCase(w.clean[last + 1].charAt(0))) {
            last++;
            headingText = Texts.join(List.of(headingText, w.clean[last]));
        }
        w.span(p, heading, end);
        w.span(p + "/number", heading, heading);
        w.span(p + "/title", heading, last);
        LocalTime time = null;
        Matcher tm = Patterns.TIME_AT_END.matcher(headingText);
        if (tm.find()) {
            time = SwedishDates.times(tm.group(1))[0];
            headingText = headingText.substring(0, tm.start()).trim();
            w.span(p + "/time", last, last);
        }
        String caseNumber = null;
        String presenter = null;
        Matcher dm = Patterns.DNR_IN_PARENS.matcher(headingText);
        if (dm.find()) {
            caseNumber = dm.group(1);
            String after = headingText.substring(dm.end()).trim();
            if (after.matches(Patterns.NAME)) {
                presenter = after;
                w.span(p + "/presenter", last, last);
            }
            headingText = headingText.substring(0, dm.start()).trim();
            w.span(p + "/caseNumber", last, last);
        }
        if (caseNumber == null) {
            // the list's own Dnr column: the number at the end of the line after a wide gap or a tab
            Matcher column = DNR_COLUMN.matcher(Texts.normaliseSpaces(w.raw.get(last).text()));
            if (column.find()) {
                caseNumber = column.group(1);
                int at = headingText.lastIndexOf(caseNumber);
                if (at > 0) {
                    headingText = headingText.substring(0, at).trim();
                }
                w.span(p + "/caseNumber", last, last);
            }
        }
        String title = Texts.trimPunctuation(headingText);
        int bodyStart = last + 1;
        int pt = w.nextContent(bodyStart);
        if (pt >= 0 && pt <= end && Patterns.PRESENTER_TIME.matcher(w.clean[pt]).matches() && (presenter == null || time == null)) {
            Matcher m = Patterns.PRESENTER_TIME.matcher(w.clean[pt]);
            m.matches();
            presenter = m.group(1);
            time = SwedishDates.times(m.group(2))[0];
            w.span(p + "/presenter", pt, pt);
            w.span(p + "/time", pt, pt);
            bodyStart = pt + 1;
        }
        Sections s = detail != null ? Sections.read(w, detail[0] + 1, detail[1], p) : Sections.read(w, bodyStart, end, p);
        Boolean decisionItem = !s.proposals.isEmpty() ? Boolean.TRUE
                : NOT_A_DECISION.matcher(title == null ? "" : title).matches()
                        || (s.description != null && NOT_A_DECISION.matcher(s.description).matches()) ? Boolean.FALSE : null;
        AgendaItem item = new AgendaItem(number, title, caseNumber, time, presenter, s.description, s.proposals, decisionItem,
                s.distribution, s.basis);
        return new Block(item, heading, detail != null ? detail[1] : end, index, detail != null ? detail[0] : -1);
    }

    /**
     * An item of a list written as a table: the title from its cell, and from the cells after it a
     * diarienummer, a time and (any other text) the föredragande; the item's text below the row or in
     * its own section.
     */
    private static Block readTableItem(Layout w, int number, int heading, int end, int index, int[] detail) {
        String p = "/agenda/items/" + index;
        List<String> cells = w.columns(heading);
        int at = numberCell(cells);
        String title = Texts.trimPunctuation(cells.get(at + 1).trim());
        String caseNumber = null;
        LocalTime time = at == 1 ? SwedishDates.times(cells.get(0).trim().replaceFirst("(?iu)^kl\\.?\\s*", ""))[0] : null;
        if (time != null) {
            w.span(p + "/time", heading, heading);
        }
        String presenter = null;
        for (String cell : cells.subList(at + 2, cells.size())) {
            String v = cell.trim();
            if (v.isEmpty()) {
                continue;
            }
            if (caseNumber == null && Patterns.DNR_ONLY.matcher(v).matches()) {
                Matcher dm = Patterns.DNR_ONLY.matcher(v);
                dm.matches();
                caseNumber = dm.group(1);
                w.span(p + "/caseNumber", heading, heading);
            } else if (time == null && SwedishDates.times(v)[0] != null && v.matches("(?iu)(?:kl\\.?\\s*)?[\\d.:\\s–-]+")) {
                time = SwedishDates.times(v)[0];
                w.span(p + "/time", heading, heading);
            } else if (presenter == null) {
                presenter = v;
                w.span(p + "/presenter", heading, heading);
            }
        }
        w.span(p, heading, end);
        w.span(p + "/number", heading, heading);
        w.span(p + "/title", heading, heading);
        Sections s = detail != null ? Sections.read(w, detail[0] + 1, detail[1], p) : Sections.read(w, heading + 1, end, p);
        Boolean decisionItem = !s.proposals.isEmpty() ? Boolean.TRUE
                : NOT_A_DECISION.matcher(title == null ? "" : title).matches() ? Boolean.FALSE : null;
        AgendaItem item = new AgendaItem(number, title, caseNumber, time, presenter, s.description, s.proposals, decisionItem,
                s.distribution, s.basis);
        return new Block(item, heading, detail != null ? detail[1] : end, index, detail != null ? detail[0] : -1);
    }

    /** The head's fields that give the meeting's place, date or time ("Plats och tid", "Tid", "Sammanträdesdatum", "Lokal"). */
    private static List<Fields.Field> meetingFields(Layout w, int from, int to) {
        List<Fields.Field> out = new ArrayList<>();
        for (Fields.Field f : Fields.read(w, from, Math.min(to, from + 80), Math.min(to, from + 80))) {
            FieldRole role = Fields.role(f);
            if ((role == FieldRole.MEETING || role == FieldRole.MEETING_DATE || role == FieldRole.MEETING_TIME)
                    && !NOT_THE_MEETING.matcher(f.label() + " " + f.value()).find()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The meeting's start time from the head's fields, or null. */
    private static LocalTime meetingTime(Layout w, int from, int to) {
        for (Fields.Field f : meetingFields(w, from, to)) {
            LocalTime t = SwedishDates.times(f.value())[0];
            if (t != null) {
                w.span("/agenda/startTime", f.labelLine(), f.lastLine());
                return t;
            }
        }
        // a date with its time ("måndagen den 28 maj 2018 kl. 18:30") near the top
        int seen = 0;
        for (int i = from; i <= to && i < w.size() && seen < 20; i++) {
            if (w.content(i)) {
                seen++;
                Matcher m = DATE_AND_TIME.matcher(w.clean[i]);
                if (m.find() && SwedishDates.first(m.group()) != null) {
                    LocalTime t = SwedishDates.times(m.group())[0];
                    if (t != null) {
                        w.span("/agenda/startTime", i, i);
                        return t;
                    }
                }
                Matcher summons = SUMMONS_TIME.matcher(w.clean[i]);
                if (summons.find()) {
                    w.span("/agenda/startTime", i, i);
                    return SwedishDates.times(summons.group(1))[0];
                }
            }
        }
        return null;
    }

    /** A date followed by its time: "måndagen den 28 maj 2018 kl. 18:30", "2024-03-04 kl 18.00". */
    private static final Pattern DATE_AND_TIME = Pattern.compile(
            "(?iu)(?:\\d{1,2}\\s+(?:" + SwedishDates.MONTH_NAMES + ")\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})[,\\s]+(?:kl(?:ockan)?\\.?\\s*)?\\d{1,2}[.:]\\d{2}");

    /** The meeting date of a kallelse: from its head's fields, its header (also a running header), "Möte …", "Sammanträde …" or a date with its time. */
    static LocalDate meetingDate(Layout w, int from, int to) {
        for (Fields.Field f : meetingFields(w, from, to)) {
            LocalDate d = SwedishDates.first(f.value());
            if (d != null) {
                w.span("/agenda/meetingDate", f.labelLine(), f.lastLine());
                return d;
            }
        }
        // first the labels that name the meeting's own time ("Dag och tid", "Tid och plats"): a date beside
        // "KALLELSE" or "Datum" at the top may be the kallelse's own
        for (int i = from; i <= to && i <= from + 80 && i < w.size(); i++) {
            if (!w.content(i) || !MEETING_TIME_LABEL.matcher(w.clean[i]).lookingAt() || NOT_THE_MEETING.matcher(w.clean[i]).find()) {
                continue;
            }
            LocalDate d = SwedishDates.first(w.clean[i]);
            if (d != null) {
                w.span("/agenda/meetingDate", i, i);
                return d;
            }
        }
        Pattern labelled = Pattern.compile("(?iu)^(?:möte|sammanträde|sammanträdesdatum|datum|tid|tid och plats|plats och tid|kallelse(?: till sammanträde)?|kungörelse|"
                + "föredragningslista|sammanträde med [^,]+)\\b.*");
        for (int i = from; i <= to && i < w.size(); i++) {
            if (w.blank(i) || w.duplicateOf[i] != null) {
                continue;
            }
            String c = w.clean[i];
            boolean header = w.furniture[i] && headerBlockMentionsSummons(w, i);
            if (header || labelled.matcher(c).matches()) {
                LocalDate d = SwedishDates.first(c);
                if (d != null) {
                    w.span("/agenda/meetingDate", i, i);
                    return d;
                }
            }
        }
        // a date given with its time near the top ("Tid för sammanträde måndagen den 28 maj 2018 kl. 18:30")
        int seen = 0;
        for (int i = from; i <= to && i < w.size() && seen < 20; i++) {
            if (w.content(i)) {
                seen++;
                Matcher m = DATE_AND_TIME.matcher(w.clean[i]);
                while (m.find()) {
                    if (NOT_THE_MEETING.matcher(w.clean[i].substring(Math.max(0, m.start() - 30), m.start())).find()) {
                        continue;
                    }
                    LocalDate d = SwedishDates.first(m.group());
                    if (d != null) {
                        w.span("/agenda/meetingDate", i, i);
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** A kungörelse's sentence: "Kommunfullmäktige sammanträder måndagen den 24 november 2025 kl. 18.30 i Folkets hus, Hofors." */
    private static final Pattern MEETS_AT = Pattern.compile("(?iu)\\bsammanträder\\b[^.]*?\\bkl(?:ockan)?\\.?\\s*\\d{1,2}[.:]\\d{2}\\s+(?:i|på)\\s+([^.]+(?:\\.\\d[^.]*)?)");

    /**
     * A kungörelse's summons with the place first: "Kommunfullmäktige kallas till sammanträde i Forum,
     * Hyltebruk torsdag den 21 oktober kl. 18.30." (the place up to the day, the date or the time).
     */
    private static final Pattern SUMMONED_TO = Pattern.compile("(?iu)\\bkallas(?: härmed)? till sammanträde\\s+(?:i|på)\\s+(.+?)"
            + "(?:,?\\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\\s+)?den\\s+\\d|,?\\s+kl(?:ockan)?\\.?\\s*\\d|\\.\\s*$)");
    /** The time in a kungörelse's summons ("… kallas till sammanträde … kl. 18.30"). */
    private static final Pattern SUMMONS_TIME = Pattern.compile("(?iu)\\b(?:kallas(?: härmed)? till sammanträde|sammanträder)\\b[^.]*?\\bkl(?:ockan)?\\.?\\s*(\\d{1,2}[.:]\\d{2})");

    /** The meeting place of a kallelse: a "Plats:" or "Plats och tid:" field, without its date and time. */
    private static String place(Layout w, int from, int to) {
        for (int i = from; i <= Math.min(to, from + 40) && i < w.size(); i++) {
            // the sentence may wrap onto the next line ("… kl. 18.30 i Folkets hus," / "Hofors, stora salen.")
            String line = w.content(i) && !w.clean[i].endsWith(".") && w.content(i + 1 < w.size() ? i + 1 : i) && i + 1 < w.size()
                    ? w.clean[i] + " " + w.clean[i + 1] : w.clean[i];
            Matcher m = w.content(i) ? MEETS_AT.matcher(line) : null;
            if (m != null && m.find()) {
                w.span("/agenda/place", i, i);
                return Texts.trimPunctuation(m.group(1));
            }
            Matcher summoned = w.content(i) ? SUMMONED_TO.matcher(line) : null;
            if (summoned != null && summoned.find()) {
                w.span("/agenda/place", i, i);
                return Texts.trimPunctuation(summoned.group(1));
            }
        }
        for (Fields.Field f : meetingFields(w, from, to)) {
            if (Fields.role(f) == FieldRole.MEETING) {
                String p = Texts.trimPunctuation(SwedishDates.withoutDatesAndTimes(f.value()));
                if (p != null && !p.isEmpty()) {
                    w.span("/agenda/place", f.labelLine(), f.lastLine());
                    return p;
                }
            }
        }
        for (Fields.Field f : Fields.readColonLabels(w, from, Math.min(to, from + 60))) {
            String l = f.label().toLowerCase(Texts.SWEDISH);
            if (l.equals("plats") || l.equals("plats och tid") || l.equals("tid och plats") || l.equals("sammanträdesplats")) {
                String p = Texts.trimPunctuation(SwedishDates.withoutDatesAndTimes(f.value()));
                if (p != null && !p.isEmpty()) {
                    w.span("/agenda/place", f.labelLine(), f.lastLine());
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean headerBlockMentionsSummons(Layout w, int i) {
        for (int j = Math.max(0, i - 6); j <= i; j++) {
            String f = Texts.fold(w.clean[j]).replace(" ", "");
            if (f.contains("kallelse") || f.contains("föredragningslista")) {
                return true;
            }
        }
        return false;
    }

    /** The sections inside an item or a paragraph. */
    static final class Sections {
        String description;
        final List<ProposalPoint> proposals = new ArrayList<>();
        List<String> distribution;
        final List<String> basis = new ArrayList<>();
        Integer proposalStart;
        Integer proposalEnd;

        static Sections read(Layout w, int from, int to, String pointer) {
            Sections s = new Sections();
            String state = "DESC";
            List<String> description = new ArrayList<>();
            List<Integer> proposalLines = new ArrayList<>();
            List<Integer> distributionLines = new ArrayList<>();
            List<Integer> basisLines = new ArrayList<>();
            int descFrom = -1;
            int descTo = -1;
            for (int i = from; i <= to && i < w.size(); i++) {
                if (!w.content(i)) {
                    continue;
                }
                String c = w.clean[i];
                if (Headings.proposal(c)) {
                    state = "PROPOSAL";
                    continue;
                }
                if (Headings.distribution(c)) {
                    state = "DIST";
                    String rest = Headings.distributionRest(c);
                    if (!rest.isEmpty()) {
                        distributionLines.add(-i - 1); // marker: take the rest of the heading line
                    }
                    continue;
                }
                if (Headings.basis(c)) {
                    state = "BASIS";
                    continue;
                }
                if (Headings.description(c)) {
                    state = "DESC";
                    continue;
                }
                if (Headings.endsZone(c) || Headings.decision(c)) {
                    state = "OTHER";
                    continue;
                }
                switch (state) {
                    case "DESC" -> {
                        description.add(c);
                        if (descFrom < 0) {
                            descFrom = i;
                        }
                        descTo = i;
                    }
                    case "PROPOSAL" -> proposalLines.add(i);
                    case "DIST" -> distributionLines.add(i);
                    case "BASIS" -> basisLines.add(i);
                    default -> {
                    }
                }
            }
            if (!description.isEmpty()) {
                s.description = Texts.join(description);
                w.span(pointer + "/description", descFrom, descTo);
            }
            readProposals(w, proposalLines, pointer, s);
            if (!distributionLines.isEmpty()) {
                s.distribution = distribution(w, distributionLines);
                int a = distributionLines.get(0) < 0 ? -distributionLines.get(0) - 1 : distributionLines.get(0);
                int b = distributionLines.get(distributionLines.size() - 1);
                w.span(pointer + "/distribution", a, b < 0 ? -b - 1 : b);
            }
            if (!basisLines.isEmpty()) {
                s.basis.addAll(basis(w, basisLines));
                w.span(pointer + "/decisionBasis", basisLines.get(0), basisLines.get(basisLines.size() - 1));
            }
            return s;
        }

        private static void readProposals(Layout w, List<Integer> lines, String pointer, Sections s) {
            if (lines.isEmpty()) {
                return;
            }
            s.proposalStart = lines.get(0);
            s.proposalEnd = lines.get(lines.size() - 1);
            w.span(pointer + "/proposals", s.proposalStart, s.proposalEnd);
            boolean numbered = lines.stream().anyMatch(i -> Patterns.NUMBERED.matcher(w.clean[i]).matches());
            if (!numbered) {
                s.proposals.add(new ProposalPoint(null, Texts.join(lines.stream().map(i -> w.clean[i]).toList())));
                w.span(pointer + "/proposals/0", lines.get(0), lines.get(lines.size() - 1));
                return;
            }
            Integer number = null;
            List<String> text = new ArrayList<>();
            int first = -1;
            int lastLine = -1;
            for (int i : lines) {
                Matcher m = Patterns.NUMBERED.matcher(w.clean[i]);
                if (m.matches()) {
                    if (number != null) {
                        addPoint(w, s, pointer, number, text, first, lastLine);
                    }
                    number = Integer.parseInt(m.group(1));
                    text = new ArrayList<>(List.of(m.group(2)));
                    first = i;
                    lastLine = i;
                } else if (number != null) {
                    text.add(w.clean[i]);
                    lastLine = i;
                }
                // unnumbered lines before the first point name the deciding body ("Gemensam nämnd för samverkan")
            }
            if (number != null) {
                addPoint(w, s, pointer, number, text, first, lastLine);
            }
        }

        private static void addPoint(Layout w, Sections s, String pointer, int number, List<String> text, int first, int last) {
            w.span(pointer + "/proposals/" + s.proposals.size(), first, last);
            s.proposals.add(new ProposalPoint(number, Texts.join(text)));
        }

        /** A distribution list: entries separated by commas or one per line ("Region X, Y kommun, Z kommun."). */
        static List<String> distribution(Layout w, List<Integer> lines) {
            List<String> parts = new ArrayList<>();
            boolean commas = false;
            for (int i : lines) {
                String c = i < 0 ? Headings.distributionRest(w.clean[-i - 1]) : w.clean[i];
                commas |= c.contains(",");
                parts.add(c);
            }
            List<String> out = new ArrayList<>();
            if (commas) {
                for (String e : Texts.join(parts).split("\\s*[,;]\\s*")) {
                    addEntries(out, e);
                }
            } else {
                for (String e : parts) {
                    addEntries(out, e);
                }
            }
            return out;
        }

        private static void addEntries(List<String> out, String entry) {
            String e = Texts.trimPunctuation(entry);
            if (e == null || e.isEmpty()) {
                return;
            }
            // "Ragunda kommun och Strömsunds kommun": two parties joined by "och"
            String[] two = e.split("\\s+(?:och|samt)\\s+");
            if (two.length == 2 && looksLikeParty(two[0]) && looksLikeParty(two[1])) {
                out.add(two[0].trim());
                out.add(two[1].trim());
            } else {
                out.add(e);
            }
        }

        private static boolean looksLikeParty(String s) {
            String f = Texts.fold(s);
            return f.endsWith(" kommun") || f.endsWith(" stad") || f.startsWith("region ") || f.endsWith(" region") || f.endsWith(" landsting");
        }

        /** Beslutsunderlag: one document per line; a line that ends mid-phrase or starts in lower case continues the previous one. */
        static List<String> basis(Layout w, List<Integer> lines) {
            List<List<String>> entries = new ArrayList<>();
            String previous = null;
            for (int i : lines) {
                String c = w.clean[i];
                boolean continues = previous != null && (previous.endsWith("-") || previous.matches("(?iu).*\\b(om|för|i|och|av|till|med|på|kring|samt|,)$")
                        || Character.isLowerCase(c.charAt(0)));
                if (continues) {
                    entries.get(entries.size() - 1).add(c);
                } else {
                    entries.add(new ArrayList<>(List.of(c)));
                }
                previous = c;
            }
            return entries.stream().map(Texts::join).map(Texts::trimPunctuation).toList();
        }
    }
}
