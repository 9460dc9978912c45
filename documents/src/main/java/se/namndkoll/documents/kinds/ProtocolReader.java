package se.namndkoll.documents.kinds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.layout.Fields;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.layout.Unfolding;
import se.namndkoll.documents.text.FieldRole;
import se.namndkoll.documents.text.Headings;
import se.namndkoll.documents.text.Patterns;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.ParagraphRange;
import se.namndkoll.rules.model.ParticipationMode;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.RemoteMedium;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.TextZone;
import se.namndkoll.rules.names.PartyNames;
import se.namndkoll.rules.text.SwedishDates;

/**
 * Reads a protocol: the first page's fields (plats och tid, beslutande, justerare, justering,
 * justerade paragrafer), the anslag box, the närvarolista and the paragraphs (§) with their
 * title, ärendenummer, decision and jäv. A paragraph repeated with the same content (a protocol
 * pasted twice) is counted once; one repeated with other content is reported, not guessed.
 */
public final class ProtocolReader {

    public record Result(Protocol protocol, int end, List<int[]> paragraphBlocks) {
    }

    /** The protocol's reader: the head, the närvarolista, the paragraphs, the justering and the anslag. */
    public static final KindReader<Result> READER = (w, from, to, context) -> read(w, from, to, context.committee());

    private static final Pattern MEDIA = Pattern.compile("(?iu)\\b(teams|microsoft teams|skype|zoom|webex|google meet|videolänk|videomöte|video|digitalt|digital|distans|på distans|telefon|telefonmöte)\\b");
    private static final Pattern PART_TITLE = Pattern.compile("(?iu)^(?:verksamhetssummering|verksamhetsberättelse|verksamhetsplan|årsredovisning|årsbokslut|bokslut|"
            + "delårsrapport|budget(?:förslag)?|resultatrapport|reglemente|samverkansavtal|samarbetsavtal|samarbetsöverenskommelse|överenskommelse|"
            + "förbundsordning|bilaga|tjänsteskrivelse)\\b.*");
    /**
     * A decision stated without a "Beslut" heading: the body deciding ("Nämnden beslutar att …",
     * "Direktionen fastställer budgeten", "Nämnden utser Eva Berg att justera") or the decision in
     * the passive at the start of a line ("Dagordningen godkänns.", "Informationen noteras.").
     */
    private static final Pattern DECIDES = Pattern.compile("(?iu)\\b(?:[\\p{L}-]*nämnden|[\\p{L}-]*styrelsen|[\\p{L}-]*utskottet|[\\p{L}-]*direktionen"
            + "|[\\p{L}-]*fullmäktige|[\\p{L}-]*förbundet|[\\p{L}-]*beredningen)\\s+"
            + "(?:beslutar|beslöt|beslutade|fastställer|fastställde|godkänner|godkände|antar|antog|utser|utsåg|väljer|valde|noterar|lägger|överlämnar|föreslår|"
            + "tillstyrker|avstyrker|avslår|bifaller|uppdrar|delegerar)\\b"
            + "|(?:^|(?<=[.!?]\\s)|(?<=\\s)(?=(?-i:\\p{Lu})))(?:informationen|redovisningen|rapporten|dagordningen|föredragningslistan|delegationsbesluten|anmälan|anmälningarna|ärendet)"
            + "\\s+(?:noteras|godkänns|godkändes|fastställs|fastställdes|läggs till handlingarna|tas emot|antas|bordläggs|återremitteras)\\b"
            // the decision's formula without its heading, which a transcript lost: "… föreligger. att godkänna uppföljningen"
            + "|(?:^|(?<=[.!?:]\\s))(?-i:att)\\s+(?-i:\\p{Ll}{3,})");
    /** The fields read after a närvarolista: the justering's and the anslag's ("Övriga närvarande" there heads more names). */
    private static final Set<FieldRole> AFTER_LIST = EnumSet.of(FieldRole.ADJUSTERS, FieldRole.ADJUSTMENT, FieldRole.ADJUSTED_PARAGRAPHS,
            FieldRole.POSTED, FieldRole.REMOVED, FieldRole.STORAGE);

    /** Whether a field may be read after the närvarolista or the last paragraph: a justering's, an anslag's or the meeting's date. */
    private static boolean afterList(Fields.Field f) {
        FieldRole role = Fields.role(f);
        Vocabulary.Label label = Vocabulary.label(f.label());
        return role != null && (AFTER_LIST.contains(role) || role == FieldRole.MEETING_DATE && !label.is(Vocabulary.Flag.GENERIC));
    }
    private static final Pattern NOTICE_POSTED = Pattern.compile("(?iu)\\b(?:satts upp|sätts upp|sattes upp|anslagits|anslogs|anslås|publicerades|publiceras|publicerats|"
            + "tillkännagetts|tillkännagivits|tillkännagavs|tillkännages|tillkännagjorts)\\b(?:\\s+(?:på|den|från))?");
    private static final Pattern NOTICE_REMOVED = Pattern.compile("(?iu)\\b(?:tas ned|tas ner|tagits ned|tagits ner|togs ned|togs ner|tas bort|tagits bort|nedtas)\\b(?:\\s+(?:den|efter))?");
    /** A sentence saying the protocol was justerat (not when it will be: "justeras senast" is a deadline). */
    private static final Pattern ADJUSTED_SENTENCE = Pattern.compile("(?iu)\\b(?:justerades|har justerats|justerats|justering(?:en)? (?:har skett|skedde)|protokollet (?:är |har )?justerat)\\b");
    /** A time said as the meeting's hour: "kl 08.30", "klockan 9.00". */
    private static final Pattern KL_TIME = Pattern.compile("(?iu)\\bkl(?:ockan)?\\.?\\s*\\d{1,2}[.:]\\d{2}");
    private static final Pattern DEADLINE_SENTENCE = Pattern.compile("(?iu)\\bjusteras\\b(?:\\s+\\p{L}+){0,3}?\\s+senast\\b");
    private static final Pattern NOTICE_ANY = Pattern.compile(NOTICE_POSTED.pattern() + "|" + NOTICE_REMOVED.pattern());
    private static final Pattern NAME = Pattern.compile(Patterns.NAME);
    private static final Pattern DNR_IN_TITLE = Pattern.compile("(?iu)[,(]?\\s*\\b(?:dnr|diarienr|diarienummer|ärendenr)\\.?:?\\s*(" + Patterns.DNR + ")\\s*\\)?");
    private static final Pattern JAV = Pattern.compile("(?iu)\\bjäv");
    private static final Pattern IMMEDIATE = Pattern.compile("(?iu)omedelbart justera|justeras omedelbart|förklaras omedelbart justerad");

    private ProtocolReader() {
    }

    /** The § headings (indexes) of lines from..to that are content; table-of-contents lines are furniture already. */
    public static List<Integer> paragraphHeadings(Layout w, int from, int to) {
        List<Integer> out = new ArrayList<>();
        int previous = -1;
        for (int i = from; i <= to && i < w.size(); i++) {
            if (w.blank(i) || w.furniture[i]) {
                continue;
            }
            Matcher m = Patterns.PARAGRAPH.matcher(w.clean[i]);
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(3) == null ? "" : m.group(3);
            int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            // "§ 31" in running text is a reference, not a heading: a heading stands alone or carries a short title
            // a transcript's page runs the paragraph's text on after its heading: the layout cut the line before it
            boolean cutBefore = i > 0 && w.number(i - 1) == w.number(i) && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
            if (rest.length() > 120 && !cutBefore || Patterns.sentenceOnParagraphRest(rest) || continuesSentence(w, i, rest, number, previous)) {
                continue;
            }
            out.add(i);
            previous = number;
        }
        return out;
    }


    /**
     * A § line that carries on the sentence of the line directly above ("… ett informationsärende
     * under" / "§ 15."): that line is running text (three words or more, ending in a word or a
     * comma), the § line ends the sentence or goes on in lower case, and its number is not the next
     * paragraph's. A name above a bare "§ 1" (a signature before the first paragraph) is no sentence.
     */
    private static boolean continuesSentence(Layout w, int i, String rest, int number, int previous) {
        if (i == 0 || !w.content(i - 1) || (previous >= 0 && number == previous + 1)) {
            return false;
        }
        String above = w.clean[i - 1];
        char last = above.isEmpty() ? ' ' : above.charAt(above.length() - 1);
        boolean runningText = (Character.isLowerCase(last) || last == ',') && Texts.wordCount(above) >= 3;
        String line = w.clean[i];
        boolean goesOn = rest.isEmpty() ? line.matches(".*[.,;)]$") : Character.isLowerCase(rest.charAt(0));
        return runningText && goesOn;
    }

    /** Whether the lines are a part title (a report or agreement appended after the protocol). */
    static boolean partTitle(Layout w, int i) {
        String c = w.clean[i];
        return w.content(i) && Texts.wordCount(c) <= 8 && !c.endsWith(".") && PART_TITLE.matcher(c).matches();
    }

    public static Result read(Layout w, int from, int to, Committee committee) {
        List<Integer> headings = paragraphHeadings(w, from, to);
        int headerEnd = headings.isEmpty() ? Math.min(to, from + 80) : headings.get(0) - 1;
        int listStart = attendanceStart(w, from, headerEnd);
        int fieldsEnd = listStart >= 0 ? listStart - 1 : headerEnd;
        // a närvarolista in the middle of the first page: the fields after it count too ("Justering: …")
        Attendances att = attendance(w, from, to, headings, committee, null);
        List<Fields.Field> header = new ArrayList<>(Fields.read(w, from, fieldsEnd, fieldsEnd));
        if (listStart >= 0 && att.last >= 0 && att.last < headerEnd) {
            for (Fields.Field f : Fields.read(w, att.last + 1, headerEnd, headerEnd)) {
                if (afterList(f)) {
                    header.add(f);
                }
            }
        }
        // the fields after the last paragraph, up to a part appended to the protocol (a report, an agreement)
        List<Fields.Field> tail = List.of();
        if (!headings.isEmpty()) {
            int lastHeading = headings.get(headings.size() - 1);
            int tailEnd = to;
            for (int i = lastHeading + 4; i <= to && i < w.size(); i++) {
                if (partTitle(w, i)) {
                    tailEnd = i - 1;
                    break;
                }
            }
            tail = Fields.read(w, lastHeading + 1, tailEnd, tailEnd);
        }
        if (!tail.isEmpty()) {
            // a justering's or an anslag's fields after the last paragraph (the certification under a protokollsutdrag)
            Set<String> labels = new HashSet<>();
            header.forEach(f -> labels.add(f.label().toLowerCase(Texts.SWEDISH)));
            for (Fields.Field f : tail) {
                if (afterList(f) && labels.add(f.label().toLowerCase(Texts.SWEDISH))) {
                    header.add(f);
                }
            }
        }
        header.forEach(f -> w.fields.add(Fields.toModel(w, f)));

        LocalDate meetingDate = null;
        LocalTime start = null;
        LocalTime end = null;
        String place = null;
        ParticipationMode participation = null;
        RemoteMedium medium = null;
        Boolean referenced = null;
        List<String> adjusters = new ArrayList<>();
        LocalDate adjustedOn = null;
        LocalDate deadline = null;
        ParagraphRange adjusted = null;
        LocalDate posted = null;
        LocalDate removed = null;
        String storage = null;
        String chairName = null;
        for (Fields.Field f : header) {
            FieldRole role = Fields.role(f);
            boolean generic = role != null && Vocabulary.label(f.label()).is(Vocabulary.Flag.GENERIC);
            String v = f.value();
            if (role == null) {
                continue;
            }
            if (role == FieldRole.MEETING_DATE && !generic && SwedishDates.first(v) != null) {
                meetingDate = SwedishDates.first(v);
                w.span("/protocol/meetingDate", f.labelLine(), f.lastLine());
            } else if (role == FieldRole.MEETING) {
                Meeting m = meeting(w, v, f.labelLine(), f.lastLine(), meetingDate == null);
                meetingDate = meetingDate == null ? m.date() : meetingDate;
                start = m.start() != null ? m.start() : start;
                end = m.start() != null ? m.end() : end;
                place = m.place() != null ? m.place() : place;
                participation = m.place() != null ? m.participation() : participation;
                medium = m.place() != null ? m.medium() : medium;
            } else if (role == FieldRole.MEETING_TIME && start == null) {
                LocalTime[] t = SwedishDates.times(v);
                start = t[0];
                end = t[1];
            } else if (role == FieldRole.MEETING_DATE && meetingDate == null && SwedishDates.first(v) != null) {
                meetingDate = SwedishDates.first(v);
                w.span("/protocol/meetingDate", f.labelLine(), f.lastLine());
            } else if (role == FieldRole.MEMBERS) {
                if (LIST_REFERENCE.matcher(v).find()) {
                    referenced = Boolean.TRUE;
                    w.span("/protocol/attendanceReferenced", f.labelLine(), f.lastLine());
                }
            } else if (role == FieldRole.ADJUSTERS) {
                // names with their parties ("Camilla Nyström (M), Bodens kommun, och Karin Pudas (S), Övertorneå kommun"),
                // else the value's parts between commas and "och"
                List<String> names = new ArrayList<>();
                Matcher marked = PERSON_WITH_PARTY.matcher(v);
                while (marked.find()) {
                    names.add(marked.group());
                }
                if (names.isEmpty()) {
                    names = List.of(v.split("\\s*(?:,| och | samt )\\s*"));
                }
                for (String name : names) {
                    String n = Fields.withoutParty(name.replaceFirst(",\\s*[\\p{L}]{1,3}$", ""));
                    if (n.matches(Patterns.NAME) && !adjusters.contains(n)) {
                        adjusters.add(n);
                        w.span("/protocol/adjusters", f.labelLine(), f.lastLine());
                    }
                }
            } else if (role == FieldRole.ADJUSTMENT) {
                // several dates ("§ 14 omedelbart justerad 2024-09-04; övriga 2024-09-10"): the protocol is justerat on the last
                LocalDate d = SwedishDates.find(v).stream().map(SwedishDates.Found::date).filter(Objects::nonNull)
                        .max(LocalDate::compareTo).orElse(null);
                if (d != null) {
                    if (Texts.fold(v).contains("senast")) {
                        deadline = d;
                        w.span("/protocol/adjustmentDeadline", f.labelLine(), f.lastLine());
                    } else {
                        adjustedOn = d;
                        w.span("/protocol/adjustedOn", f.labelLine(), f.lastLine());
                    }
                }
            } else if (role == FieldRole.ADJUSTED_PARAGRAPHS) {
                Matcher m = Pattern.compile("(\\d{1,3})\\s*(?:-|–|—|till)\\s*(\\d{1,3})").matcher(v);
                if (m.find() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
                    adjusted = new ParagraphRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                } else if (v.replaceAll("[§\\s]", "").matches("\\d{1,3}")) {
                    int p = Integer.parseInt(v.replaceAll("[§\\s]", ""));
                    adjusted = new ParagraphRange(p, p);
                } else if (!v.isBlank()) {
                    w.unreadable(f.labelLine(), f.lastLine(), "Justerade paragrafer \"" + v + "\" är inte ett sammanhängande intervall och har inte lästs in.");
                }
                if (adjusted != null) {
                    w.span("/protocol/adjustedParagraphs", f.labelLine(), f.lastLine());
                }
            } else if (role == FieldRole.REMOVED) {
                removed = SwedishDates.first(v);
                if (removed != null) {
                    w.span("/protocol/noticeRemovedOn", f.labelLine(), f.lastLine());
                }
            } else if (role == FieldRole.POSTED) {
                posted = SwedishDates.first(v);
                if (posted != null) {
                    w.span("/protocol/noticePostedOn", f.labelLine(), f.lastLine());
                }
            } else if (role == FieldRole.STORAGE) {
                if (!v.isBlank()) {
                    storage = v;
                    w.span("/protocol/storagePlace", f.labelLine(), f.lastLine());
                }
            } else if (role == FieldRole.CHAIR && !v.isBlank()) {
                chairName = Fields.withoutParty(v);
            }
        }
        if (adjusted == null) {
            // the paragraphs justerade in the head's text, not in a field of their own ("Justering Den 12 mars 2019 i
            // Stadshuset Paragraf 6-17"); not a person's paragraphs in a list of those present ("Eva Ek (S) §§ 53-54")
            for (int i = from; i <= headerEnd && i < w.size() && adjusted == null; i++) {
                if (!w.content(i)) {
                    continue;
                }
                Matcher m = PARAGRAPHS_STATED.matcher(w.clean[i]);
                while (m.find()) {
                    int a = Integer.parseInt(m.group(1));
                    int b = Integer.parseInt(m.group(2));
                    String before = w.clean[i].substring(Math.max(0, m.start() - 30), m.start());
                    if (a < b && !PARTY.matcher(before).find()) {
                        adjusted = new ParagraphRange(a, b);
                        w.span("/protocol/adjustedParagraphs", i, i);
                        break;
                    }
                }
            }
        }
        if (start == null && place == null) {
            // no "Plats och tid": the head's line of place and hours ("Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl 08.30 - 11.45")
            int line = placeAndHours(w, from, headerEnd);
            if (line >= 0) {
                Meeting m = meeting(w, w.clean[line], line, line, meetingDate == null);
                meetingDate = meetingDate == null ? m.date() : meetingDate;
                start = m.start();
                end = m.end();
                place = m.place();
                participation = m.participation();
                medium = m.medium();
            }
        }
        if (meetingDate == null) {
            meetingDate = headerDate(w, from, headerEnd);
        }
        if (adjustedOn == null && deadline == null) {
            // the last day for the justering in a sentence: "Protokollet justeras senast 2025-11-05."
            for (int i = from; i <= headerEnd && i < w.size() && deadline == null; i++) {
                Matcher m = w.content(i) ? DEADLINE_SENTENCE.matcher(w.clean[i]) : null;
                if (m != null && m.find()) {
                    deadline = SwedishDates.first(w.clean[i].substring(m.end()));
                    if (deadline != null) {
                        w.span("/protocol/adjustmentDeadline", i, i);
                    }
                }
            }
        }
        if (adjustedOn == null && deadline == null) {
            // the justering in a sentence: "Protokollet justerades digitalt den 10 juni 2025.", "Justering har skett 2025-06-10."
            for (int i = from; i <= headerEnd && i < w.size(); i++) {
                if (!w.content(i) || !ADJUSTED_SENTENCE.matcher(w.clean[i]).find() || Texts.fold(w.clean[i]).contains("anslag")
                        || Texts.fold(w.clean[i]).contains("tillkänna")) {
                    continue;
                }
                LocalDate d = SwedishDates.find(w.clean[i]).stream().map(SwedishDates.Found::date).filter(Objects::nonNull)
                        .max(LocalDate::compareTo).orElse(null);
                if (d != null) {
                    adjustedOn = d;
                    w.span("/protocol/adjustedOn", i, i);
                    break;
                }
            }
        }
        if (posted == null || removed == null) {
            // the anslag in a sentence: "Anslaget har satts upp 2023-10-27 och tas ned 2023-11-20." A sentence may wrap
            // onto the next line ("… tillkännages på förbundets digitala" / "anslagstavla från och med den 3 december 2025.").
            // When several sentences give the anslag of different paragraphs (one justerad at once, the rest later),
            // the protocol's is the latest, as its justering is.
            boolean postedInField = posted != null;
            boolean removedInField = removed != null;
            // in the head, and after the last paragraph (an extract's certification)
            int tailFrom = headings.isEmpty() ? to + 1 : headings.get(headings.size() - 1) + 1;
            for (int i = from; i <= to && i < w.size(); i++) {
                if (i > headerEnd && i < tailFrom) {
                    i = tailFrom - 1;
                    continue;
                }
                if (!w.content(i) || !Texts.fold(w.clean[i]).contains("anslag") && !NOTICE_POSTED.matcher(w.clean[i]).find()) {
                    continue;
                }
                String line = w.clean[i];
                if (SwedishDates.first(line) == null && i + 1 <= (i <= headerEnd ? headerEnd : to) && w.content(i + 1)) {
                    line = line + " " + w.clean[i + 1];
                }
                LocalDate[] period = postedInField || removedInField ? null : period(line);
                if (period != null) {
                    if (posted == null || period[0].isAfter(posted)) {
                        posted = period[0];
                        removed = period[1];
                        w.span("/protocol/noticePostedOn", i, i);
                        w.span("/protocol/noticeRemovedOn", i, i);
                    }
                    continue;
                }
                LocalDate p = postedInField ? null : dateAfter(line, NOTICE_POSTED);
                if (p != null && (posted == null || p.isAfter(posted))) {
                    posted = p;
                    w.span("/protocol/noticePostedOn", i, i);
                }
                LocalDate r = removedInField ? null : dateAfter(line, NOTICE_REMOVED);
                if (r != null && (removed == null || r.isAfter(removed))) {
                    removed = r;
                    w.span("/protocol/noticeRemovedOn", i, i);
                }
            }
        }
        // attendance
        if (att.list == null) {
            att.list = attendanceInFields(w, header, headerEnd, committee, chairName);
        }
        int tailList = -1;
        if (att.list == null && !tail.isEmpty()) {
            // the list after the last paragraph ("Beslutande" at the end of the protocol)
            att.list = attendanceInFields(w, tail, to, committee, chairName);
            if (att.list != null) {
                tailList = tail.stream().filter(f -> listLabel(f.label())).mapToInt(Fields.Field::labelLine).min().orElse(-1);
            }
        }
        int lastHeading = headings.isEmpty() ? Integer.MAX_VALUE : headings.get(headings.size() - 1);
        int listAfterParagraphs = Math.max(tailList, att.start > lastHeading ? att.start : -1);
        // paragraphs
        List<ProtocolParagraph> paragraphs = new ArrayList<>();
        List<int[]> blocks = new ArrayList<>();
        int protocolEnd = headings.isEmpty() ? headerEnd : to;
        Set<Integer> seen = new LinkedHashSet<>();
        for (int k = 0; k < headings.size(); k++) {
            int h = headings.get(k);
            int e = k + 1 < headings.size() ? headings.get(k + 1) - 1 : to;
            for (int i = h + 4; i <= e; i++) {
                if (partTitle(w, i)) {
                    e = i - 1;
                    protocolEnd = Math.min(protocolEnd, e);
                    break;
                }
            }
            if (k == headings.size() - 1) {
                protocolEnd = e;
                if (listAfterParagraphs > h) {
                    // the närvarolista after the last paragraph belongs to the protocol, not to that paragraph's text
                    e = Math.min(e, listAfterParagraphs - 1);
                }
            }
            Matcher m = Patterns.PARAGRAPH.matcher(w.clean[h]);
            m.matches();
            int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (w.duplicateOf[h] != null && seen.contains(number)) {
                continue;
            }
            ProtocolParagraph par = paragraph(w, number, h, e, paragraphs.size(), m.group(3));
            if (seen.contains(number)) {
                ProtocolParagraph earlier = paragraphs.stream().filter(p -> p.number() == number).findFirst().orElseThrow();
                if (same(earlier, par)) {
                    continue;
                }
                // the same number on another matter: both are read, and the numbering's check reports the repeat
            }
            seen.add(number);
            blocks.add(new int[] {h, e, paragraphs.size()});
            paragraphs.add(par);
        }
        if (att.list == null && referenced == null) {
            // a table of contents that lists the närvarolista ("Närvarolista 10") refers to it
            for (int i = from; i <= to && i < w.size(); i++) {
                if (!w.blank(i) && CONTENTS_LIST_ENTRY.matcher(w.clean[i]).matches()) {
                    referenced = Boolean.TRUE;
                    w.span("/protocol/attendanceReferenced", i, i);
                    break;
                }
            }
        }
        String statement = null;
        if (att.list == null) {
            // the attendance stated in words instead of a list ("Närvarande vid uppropet: samtliga ledamöter utom …")
            for (int i = from; i <= headerEnd && i < w.size() && statement == null; i++) {
                Matcher words = STATED_IN_WORDS.matcher(w.content(i) ? w.clean[i] : "");
                if (words.find()) {
                    statement = Texts.trimPunctuation(words.group().length() > 200 ? words.group().substring(0, 200) : words.group());
                    w.span("/protocol/attendanceStatement", i, i);
                }
            }
        }
        Boolean unread = null;
        if (att.list == null && referenced == null && statement == null) {
            // a list of those present that is there but was not read into names: not shown to be missing
            for (Fields.Field f : header) {
                if (Fields.role(f) == FieldRole.MEMBERS && NAMES.matcher(f.value()).results().count() >= 2) {
                    unread = Boolean.TRUE;
                    w.span("/protocol/attendanceUnread", f.labelLine(), f.lastLine());
                    break;
                }
            }
            // or persons with their parties in the head, more than the justerare and the chair
            int marked = 0;
            int firstMarked = -1;
            for (int i = from; i <= headerEnd && i < w.size() && unread == null; i++) {
                int here = w.content(i) ? (int) PERSON_WITH_PARTY.matcher(w.clean[i]).results().count() : 0;
                firstMarked = here > 0 && firstMarked < 0 ? i : firstMarked;
                marked += here;
                if (marked >= 4) {
                    unread = Boolean.TRUE;
                    w.span("/protocol/attendanceUnread", firstMarked, i);
                }
            }
        }
        if (att.list != null) {
            att.list = oncePerPerson(att.list);
        }
        if (chairName != null && att.list != null) {
            String chair = chairName;
            att.list.replaceAll(a -> a.person().equals(chair) && !Boolean.TRUE.equals(a.chair())
                    ? new Attendance(a.person(), a.role(), a.partyId(), a.politicalParty(), a.serving(), a.servingFor(), a.paragraphs(), a.remote(), true)
                    : a);
        }
        if (att.list == null && Boolean.TRUE.equals(referenced)) {
            // no list: a finding about the missing närvarolista points at "Beslutande: Enligt närvarolista"
            header.stream().filter(f -> f.label().equalsIgnoreCase("Beslutande")).findFirst()
                    .ifPresent(f -> w.span("/protocol/attendance", f.labelLine(), f.lastLine()));
        }
        Protocol protocol = new Protocol(meetingDate, start, end, place, participation, medium, att.list, referenced, statement, unread, paragraphs, adjusters,
                adjustedOn, deadline, adjusted, posted, removed, null, storage, extract(w, from, to) ? Boolean.TRUE : null);
        w.span("/protocol", from, protocolEnd);
        return new Result(protocol, protocolEnd, blocks);
    }

    /**
     * The anslag's period in a line that gives it as two dates joined as a range: "Anslagsperiod:
     * 2024-03-18 – 2024-04-05", "under tiden 2024-05-28 -- 2024-06-18", "från den 3 maj till den 27
     * maj 2024": {posted, removed}, or null.
     */
    private static LocalDate[] period(String line) {
        List<SwedishDates.Found> dates = SwedishDates.find(line);
        if (dates.size() != 2 || dates.get(0).date() == null || dates.get(1).date() == null
                || !dates.get(0).date().isBefore(dates.get(1).date())) {
            return null;
        }
        String between = line.substring(dates.get(0).end(), dates.get(1).start()).trim();
        return between.matches("(?iu)(?:-{1,2}|–|—|till(?: och med)?(?: den)?|t\\.o\\.m\\.?|och(?: den)?)") ? new LocalDate[] {dates.get(0).date(), dates.get(1).date()} : null;
    }

    /** The first date after a match of {@code phrase} in the line, before any later anslag phrase. */
    private static LocalDate dateAfter(String line, Pattern phrase) {
        Matcher m = phrase.matcher(line);
        if (!m.find()) {
            return null;
        }
        String after = line.substring(m.end());
        Matcher other = NOTICE_ANY.matcher(after);
        if (other.find()) {
            after = after.substring(0, other.start());
        }
        // the sentence ends where the next field starts ("… genom anslag Organ och sammanträdesdatum Nämnden 2012-05-23")
        int label = Unfolding.firstLabel(" " + after);
        return SwedishDates.first(label > 0 ? after.substring(0, label - 1) : after);
    }

    private static boolean same(ProtocolParagraph a, ProtocolParagraph b) {
        return Objects.equals(Texts.words(String.valueOf(a.title())), Texts.words(String.valueOf(b.title())))
                && Objects.equals(Texts.words(String.valueOf(a.decision())), Texts.words(String.valueOf(b.decision())));
    }

    /** The title or the certification of a protokollsutdrag ("Utdrag ur protokoll", "Rätt utdraget intygar"). */
    // Not "Utdragsbestyrkande": a full protocol's page footer often has that box for certifying extracts.
    private static final Pattern EXTRACT = Pattern.compile(
            "(?iu)^(?:protokollsutdrag|utdrag ur (?:sammanträdes)?protokoll(?:et)?)\\b|\\butdraget(?: ur (?:sammanträdes)?protokollet)? intygar\\b");

    /** Whether lines from..to are a protokollsutdrag rather than the protocol. */
    private static boolean extract(Layout w, int from, int to) {
        for (int i = from; i <= to && i < w.size(); i++) {
            if (w.content(i) && EXTRACT.matcher(w.clean[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /** A date on a header line that names the committee or "protokoll" ("E-nämnden 2022-03-16"). */
    /** What a "Plats och tid" says: the date, the hours, the place and whether anyone took part from elsewhere. */
    private record Meeting(LocalDate date, LocalTime start, LocalTime end, String place, ParticipationMode participation, RemoteMedium medium) {
    }

    /**
     * The meeting's date, hours, place and participation from the value {@code v} of lines
     * {@code first}..{@code last} (spans recorded for what is found; the date only when {@code withDate}).
     */
    private static Meeting meeting(Layout w, String v, int first, int last, boolean withDate) {
        // a list of persons run on after the place and time (its label lost in a transcript) is no part of them
        List<String> persons = persons(v);
        if (persons.size() >= 2) {
            v = v.substring(0, v.indexOf(persons.get(0))).trim();
        }
        LocalDate date = withDate ? SwedishDates.first(v) : null;
        if (date != null) {
            w.span("/protocol/meetingDate", first, last);
        }
        LocalTime[] t = SwedishDates.times(v);
        if (t[0] != null) {
            w.span("/protocol/startTime", first, last);
            if (t[1] != null) {
                w.span("/protocol/endTime", first, last);
            }
        }
        String place = Texts.trimPunctuation(SwedishDates.withoutDatesAndTimes(v));
        int stop = place == null ? -1 : place.indexOf(". ");
        if (stop >= 3) {
            // the place is the first sentence ("Kommunkontoret i Bergsjö. Tisdag 14 mars 2017 kl. 09:00-16:15. Se närvarolista.")
            place = Texts.trimPunctuation(place.substring(0, stop));
        }
        if (place == null || place.isEmpty()) {
            return new Meeting(date, t[0], t[1], null, null, null);
        }
        w.span("/protocol/place", first, last);
        w.span("/protocol/participation", first, last);
        Matcher mm = MEDIA.matcher(place);
        if (!mm.find()) {
            return new Meeting(date, t[0], t[1], place, ParticipationMode.IN_PERSON, null);
        }
        String medium0 = mm.group(1).toLowerCase(Locale.ROOT);
        RemoteMedium medium = medium0.startsWith("telefon") ? RemoteMedium.AUDIO_ONLY
                : medium0.startsWith("digital") || medium0.contains("distans") ? null : RemoteMedium.VIDEO;
        String physical = MEDIA.matcher(place).replaceAll(" ").replaceAll("(?iu)[(),]|\\boch\\b|\\bsamt\\b|\\bvia\\b|\\bmed\\b|\\bpå\\b", " ").trim();
        if (medium != null) {
            w.span("/protocol/remoteMedium", first, last);
        }
        return new Meeting(date, t[0], t[1], place, physical.isEmpty() ? ParticipationMode.REMOTE : ParticipationMode.HYBRID, medium);
    }

    /**
     * The head's line that gives the place and the hours without a label: a short line, no
     * sentence, field or party mark, with the hours ("kl 08.30 - 11.45", or "kl 08.30" alone) and words beside them; -1 when none.
     */
    private static int placeAndHours(Layout w, int from, int to) {
        for (int i = from; i <= to && i < w.size(); i++) {
            String c = w.clean[i];
            // no sentence, but a full stop after the hours is no sentence's ("Klippan kl 08.30 – 12.30.")
            boolean sentence = c.endsWith(".") && !c.matches(".*\\d\\.$");
            // a line repeated (a web page's description of the document) says the same: it counts
            if (w.blank(i) || w.furniture[i] || sentence || Texts.wordCount(c) > 16 || Fields.label(c, true) != null || c.startsWith("§")) {
                continue;
            }
            LocalTime[] t = SwedishDates.times(c);
            String rest = Texts.trimPunctuation(SwedishDates.withoutDatesAndTimes(c));
            boolean hours = t[1] != null || t[0] != null && KL_TIME.matcher(c).find();
            if (hours && rest != null && rest.chars().filter(Character::isLetter).count() >= 3
                    && !PARTY.matcher(c).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Each person once: a närvarolista may name a person twice (once for the paragraphs of the
     * information, once for those of the decisions, or among the ersättare and again among those who
     * serve); the entry that serves stands, else the first, with the paragraphs of both when each lists its own.
     */
    private static List<Attendance> oncePerPerson(List<Attendance> list) {
        Map<String, Attendance> byName = new LinkedHashMap<>();
        for (Attendance a : list) {
            Attendance first = byName.putIfAbsent(Texts.fold(a.person()), a);
            if (first != null && a.serves() && !first.serves()) {
                // listed among the ersättare and again among those who serve: the person served
                byName.put(Texts.fold(a.person()), a);
            } else if (first != null && first.paragraphs() != null && a.paragraphs() != null) {
                TreeSet<Integer> both = new TreeSet<>(first.paragraphs());
                both.addAll(a.paragraphs());
                byName.put(Texts.fold(a.person()), new Attendance(first.person(), first.role(), first.partyId(), first.politicalParty(),
                        first.serving(), first.servingFor(), List.copyOf(both), first.remote(), first.chair()));
            }
        }
        return byName.size() == list.size() ? list : new ArrayList<>(byName.values());
    }

    /** The first date in the head's first 16 lines that are not page furniture (a web page's lines before it do not count). */
    private static LocalDate headerDate(Layout w, int from, int to) {
        int seen = 0;
        for (int i = from; i <= to && i < w.size() && seen < 16; i++) {
            if (!w.blank(i)) {
                seen += w.furniture[i] ? 0 : 1;
                LocalDate d = SwedishDates.first(w.clean[i]);
                if (d != null) {
                    w.span("/protocol/meetingDate", i, i);
                    return d;
                }
            }
        }
        return null;
    }

    private static ProtocolParagraph paragraph(Layout w, int number, int h, int e, int index, String inlineTitle) {
        String p = "/protocol/paragraphs/" + index;
        w.span(p, h, e);
        w.span(p + "/number", h, h);
        // title: the heading's own text or the first block of lines below it
        List<String> title = new ArrayList<>();
        int i = h + 1;
        int titleFrom = -1;
        int titleTo = -1;
        if (inlineTitle != null && !inlineTitle.isBlank()) {
            title.add(inlineTitle);
            titleFrom = h;
            titleTo = h;
        } else {
            i = w.nextContent(h + 1);
            while (i >= 0 && i <= e && w.content(i) && !Headings.proposal(w.clean[i]) && !Headings.decision(w.clean[i])
                    && !Headings.description(w.clean[i]) && !Headings.basis(w.clean[i]) && !Headings.distribution(w.clean[i])
                    && !Patterns.DNR_LABELLED.matcher(w.clean[i]).matches() && title.size() < 3) {
                title.add(w.clean[i]);
                if (titleFrom < 0) {
                    titleFrom = i;
                }
                titleTo = i;
                i++;
            }
        }
        String titleText = title.isEmpty() ? null : Texts.trimPunctuation(Texts.join(title));
        if (titleText != null && titleText.length() > 120) {
            // a transcript's heading with the paragraph's text run on after it: the title is its first words
            int end = titleText.lastIndexOf(' ', 120);
            titleText = titleText.substring(0, end > 40 ? end : 120);
        }
        if (titleFrom >= 0) {
            w.span(p + "/title", titleFrom, titleTo);
        }
        String caseNumber = null;
        // the diarienummer on the heading's line: "§ 12 Dnr RV 2024-0201 Delårsrapport", "§ 12 Budget (Dnr 2024/12)"
        Matcher inTitle = titleText == null ? null : DNR_IN_TITLE.matcher(titleText);
        if (inTitle != null && inTitle.find()) {
            caseNumber = inTitle.group(1);
            titleText = Texts.trimPunctuation((titleText.substring(0, inTitle.start()) + " " + titleText.substring(inTitle.end())).trim());
            w.span(p + "/caseNumber", titleFrom, titleFrom);
        }
        String decision = null;
        List<String> disqualified = new ArrayList<>();
        Boolean immediate = null;
        List<String> decisionLines = new ArrayList<>();
        int decFrom = -1;
        int decTo = -1;
        boolean inDecision = false;
        boolean inProposal = false;
        Set<Integer> proposalLines = new HashSet<>();
        List<Integer> distributionLines = new ArrayList<>();
        boolean inDistribution = false;
        for (int j = h + 1; j <= e; j++) {
            if (!w.content(j)) {
                continue;
            }
            String c = w.clean[j];
            if (inDistribution && Fields.label(c, true) != null) {
                // nor does it run into the certification or the anslag below the paragraph ("Justerandes signatur")
                inDistribution = false;
            }
            Matcher dnr = Patterns.DNR_LABELLED.matcher(c);
            if (caseNumber == null && dnr.matches()) {
                caseNumber = dnr.group(1).trim();
                w.span(p + "/caseNumber", j, j);
                continue;
            }
            if (Headings.decision(c)) {
                inDecision = true;
                inDistribution = false;
                inProposal = false;
                continue;
            }
            if (Headings.proposal(c)) {
                inProposal = true;
                inDecision = false;
                inDistribution = false;
                continue;
            }
            if (Headings.distribution(c)) {
                inDistribution = true;
                inDecision = false;
                if (!Headings.distributionRest(c).isEmpty()) {
                    distributionLines.add(-j - 1);
                }
                continue;
            }
            if (Headings.any(c) || Headings.endsZone(c)) {
                inDecision = false;
                inDistribution = false;
                inProposal = false;
                continue;
            }
            if (inProposal) {
                proposalLines.add(j);
            }
            if (inDecision) {
                decisionLines.add(c);
                if (decFrom < 0) {
                    decFrom = j;
                }
                decTo = j;
            } else if (inDistribution) {
                distributionLines.add(j);
            }
            Matcher jav = JAV.matcher(c);
            if (jav.find()) {
                // the names before "jäv" declare it ("Karin Berg (C) och Lena Ström (S) anmäler jäv");
                // without one there, the first name after it ("På grund av jäv deltar inte Karin Berg")
                boolean before = false;
                Matcher name = NAME.matcher(c);
                while (name.find()) {
                    String n = name.group();
                    if (n.matches("(?iu)^(på grund|ordförande|nämnden|jäv).*")) {
                        continue;
                    }
                    if (name.start() > jav.start() && before) {
                        break;
                    }
                    if (!disqualified.contains(n)) {
                        disqualified.add(n);
                        w.span(p + "/disqualified", j, j);
                    }
                    if (name.start() > jav.start()) {
                        break;
                    }
                    before = true;
                }
            }
            if (IMMEDIATE.matcher(c).find()) {
                immediate = Boolean.TRUE;
                w.span(p + "/immediatelyAdjusted", j, j);
            }
        }
        if (decisionLines.isEmpty()) {
            // no decision section: a sentence "Nämnden beslutar att …" in the paragraph is its decision (on the heading's
            // own line when a transcript runs the paragraph's text on after it)
            boolean runOn = inlineTitle != null && inlineTitle.length() > 120;
            for (int j = runOn ? h : h + 1; j <= e; j++) {
                if (w.content(j) && !proposalLines.contains(j) && DECIDES.matcher(w.clean[j]).find()) {
                    String c = w.clean[j];
                    Matcher d = DECIDES.matcher(c);
                    d.find();
                    decisionLines.add(c.substring(d.start()));
                    decFrom = decFrom < 0 ? j : decFrom;
                    decTo = j;
                    w.zone[j] = TextZone.DECISION;
                    // the sentence runs on over the lines below ("… finner att e-nämnden bifaller beslu-" / "tet.")
                    int k = j + 1;
                    while (k <= e && k <= j + 3 && w.content(k) && !w.clean[k - 1].endsWith(".") && !Headings.any(w.clean[k])
                            && !Headings.endsZone(w.clean[k]) && !DECIDES.matcher(w.clean[k]).find() && !proposalLines.contains(k)) {
                        decisionLines.add(w.clean[k]);
                        decTo = k;
                        w.zone[k] = TextZone.DECISION;
                        k++;
                    }
                    j = k - 1;
                }
            }
        }
        if (!decisionLines.isEmpty()) {
            decision = Texts.join(decisionLines);
            w.span(p + "/decision", decFrom, decTo);
        }
        List<String> distribution = null;
        if (!distributionLines.isEmpty()) {
            distribution = AgendaReader.Sections.distribution(w, distributionLines);
            int a = distributionLines.get(0) < 0 ? -distributionLines.get(0) - 1 : distributionLines.get(0);
            int b = distributionLines.get(distributionLines.size() - 1);
            w.span(p + "/distribution", a, b < 0 ? -b - 1 : b);
        }
        return new ProtocolParagraph(number, titleText, caseNumber, decision, disqualified, immediate, distribution);
    }

    private static final class Attendances {
        List<Attendance> list;
        /** The list's heading line (index), -1 without a list. */
        int start = -1;
        /** The list's last line (index), -1 without a list. */
        int last = -1;
    }

    /**
     * A reference from a first page's field to the list of those present kept elsewhere: "Enligt
     * närvarolista", "enligt tjänstgöringslista", "Förteckning enligt bilaga", "se sid 2".
     */
    private static final Pattern LIST_REFERENCE = Pattern.compile(
            "(?iu)närvarolista|tjänstgöringslista|deltagarförteckning|förteckning|\\b(?:enligt|se)\\s+(?:bilaga|sid(?:an)?\\.?\\s*\\d|(?:följande|nästa) sid(?:or|a|an)?)");

    /** A table of contents' entry for the närvarolista: "Närvarolista 10", "Närvarolista ...... 10". */
    private static final Pattern CONTENTS_LIST_ENTRY = Pattern.compile("(?iu)närvarolista[\\s.]*\\d{1,3}");

    /** Who attended, said in words: "samtliga ledamöter utom Eva Berg", "Närvarande vid uppropet: ordföranden … samt övriga ledamöter utom …". */
    private static final Pattern STATED_IN_WORDS = Pattern.compile(
            "(?iu)närvarande vid uppropet\\b[^.]*|\\b(?:samtliga|alla)\\s+(?:ordinarie\\s+)?ledamöter\\b[^.]*?(?:utom|med undantag av|förutom)\\b[^.]*");

    /** Whether a field's label heads a list of persons present: ledamöter or ersättare. */
    private static boolean listLabel(String label) {
        FieldRole role = Vocabulary.role(label);
        return role == FieldRole.MEMBERS || role == FieldRole.SERVING_SUBSTITUTES || role == FieldRole.SUBSTITUTES;
    }

    private static final Pattern ATTENDEE = Pattern.compile("^(" + Patterns.NAME + ")(?:" + Patterns.PARTY_MARK + ")?\\s*[,\\t]?\\s*(.*)$");
    static final Pattern SERVING_FOR = Pattern.compile("(?iu)(?:ersättare för|ersätter|tjg för|tjänstgör för|tjänstgörande för|i stället för|istället för|i st\\.? ?f\\.?|för)\\s+(" + Patterns.NAME + ")");
    /** A range of paragraphs named as such: "Paragraf 6-17", "Paragraferna 12–20", "Paragrafer §§ 1–5" (not a bare "§§", which an anslag line may give). */
    private static final Pattern PARAGRAPHS_STATED = Pattern.compile(
            "(?iu)\\bparagraf(?:er|erna)?\\s*:?\\s*(?:§§?)?\\s*(\\d{1,3})\\s*(?:-|–|—|till)\\s*(\\d{1,3})(?!\\d)");
    private static final Pattern PARAGRAPHS_PRESENT = Pattern.compile("§§?\\s*(\\d{1,3})\\s*(?:-|–)\\s*(\\d{1,3})");

    /**
     * The other common layout: the names stand in the first page's fields, "Beslutande Anna
     * Andersson (S), ordförande" with one name per line below, and "Ersättare"/"Ej tjänstgörande
     * ersättare" likewise. A field that says "Enligt närvarolista" holds no names.
     */
    private static List<Attendance> attendanceInFields(Layout w, List<Fields.Field> header, int headerEnd, Committee committee, String chairName) {
        List<Attendance> list = new ArrayList<>();
        int[] range = {-1, -1};
        boolean listed = false;
        boolean summoned = false;
        FieldRole previous = null;
        boolean previousEmpty = false;
        Set<Integer> others = new HashSet<>();
        for (Fields.Field f : header) {
            FieldRole role = Fields.role(f);
            FieldRole before = previous;
            boolean beforeEmpty = previousEmpty;
            previous = role;
            previousEmpty = f.value().isBlank();
            // a kallelse's "Kallade" list in a protocol's head, with its own "Ordinarie" and "Ersättare": who was
            // summoned, not who attended; it lasts until the others present or the justering's fields
            summoned = role == FieldRole.SUMMONED || summoned && (role == FieldRole.MEMBERS || role == FieldRole.SUBSTITUTES
                    || role == FieldRole.SERVING_SUBSTITUTES);
            if (summoned) {
                for (int j = f.labelLine(); j <= f.lastLine(); j++) {
                    others.add(j);
                }
                continue;
            }
            boolean members = role == FieldRole.MEMBERS;
            boolean servingSubstitutes = role == FieldRole.SERVING_SUBSTITUTES;
            boolean substitutes = servingSubstitutes || role == FieldRole.SUBSTITUTES;
            if (role == FieldRole.OTHERS || role == FieldRole.SUMMONED || role == FieldRole.ABSENT) {
                for (int j = f.labelLine(); j <= f.lastLine(); j++) {
                    others.add(j);
                }
            }
            if (role == FieldRole.OTHERS && before == FieldRole.MEMBERS && beforeEmpty) {
                // "Beslutande Övriga deltagare" over two columns run together: the persons with a party and a member's
                // words ("ledamot", "ordförande", "tjg ersättare") are those who decide, the others the officials
                listed = true;
                for (int j = f.labelLine(); j <= f.lastLine(); j++) {
                    String line = j == f.labelLine() ? Fields.afterHead(w.clean[j], f.label()) : w.clean[j];
                    for (String text : persons(line)) {
                        String folded = Texts.fold(text);
                        if (PERSON_WITH_PARTY.matcher(text).lookingAt() && folded.matches(".*\\b(?:ledamot|ordförande|ordf|tjg|tjänstgörande|ersättare)\\b.*")) {
                            attendee(w, text, j, true, false, false, committee, chairName, list, range);
                        }
                    }
                }
                continue;
            }
            if (role == FieldRole.OTHERS) {
                // ersättare present among the others ("Kenneth Lilja (S), ej tjänstgörande ersättare")
                for (int j = f.labelLine(); j <= f.lastLine(); j++) {
                    String line = j == f.labelLine() ? Fields.afterHead(w.clean[j], f.label()) : w.clean[j];
                    for (String text : persons(line)) {
                        if (Texts.fold(text).contains("ersättare")) {
                            attendee(w, text, j, false, false, true, committee, chairName, list, range);
                        }
                    }
                }
            }
            // a label whose names all stand below it has no value of its own ("Beslutande" above "ledamöter")
            if ((!members && !substitutes) || LIST_REFERENCE.matcher(f.value()).find()) {
                continue;
            }
            listed = true;
            // a label wrapped over two lines ("Beslutande" above "ledamöter"): the names follow its second line
            boolean wrappedLabel = !w.clean[f.labelLine()].regionMatches(true, 0, f.label(), 0, f.label().length());
            List<Integer> lines = new ArrayList<>();
            lines.add(f.labelLine());
            for (int j = f.labelLine() + (wrappedLabel ? 2 : 1); j <= headerEnd && j < w.size(); j++) {
                if (w.blank(j) || w.furniture[j]) {
                    continue;
                }
                if (Fields.label(w.clean[j], true) != null || w.clean[j].startsWith("§") || Headings.any(w.clean[j]) || headsAnotherList(w.clean[j])) {
                    break;
                }
                lines.add(j);
            }
            for (int k = 0; k < lines.size(); k++) {
                int j = lines.get(k);
                String line = j != f.labelLine() ? w.clean[j]
                        : wrappedLabel ? Fields.afterHead(w.clean[j], f.label()) : w.clean[j].substring(f.label().length()).replaceFirst("^\\s*:?\\s*", "");
                // a line cut after "för" goes on with the ledamot served ("… tjänstgörande ersättare för" / "Jenny Qvist (SD)")
                while (SERVED_FOR_BEFORE.matcher(line).find() && k + 1 < lines.size()) {
                    line = line + " " + w.clean[lines.get(++k)];
                }
                for (String text : persons(line)) {
                    attendee(w, text, j, members, servingSubstitutes, substitutes, committee, chairName, list, range);
                }
            }
        }
        if (!listed || list.stream().noneMatch(Attendance::serves)) {
            // no list under a label (or none that names those who decide): a run of three or more persons with their parties in the first page's head, outside
            // the others present, is the list of those who decide (its label lost in a transcript, or standing in a column)
            for (int j = 0; j <= headerEnd && j < w.size(); j++) {
                if (!w.content(j) || others.contains(j)) {
                    continue;
                }
                List<String> persons = persons(w.clean[j]);
                Matcher first = PERSON_WITH_PARTY.matcher(w.clean[j]);
                if (persons.size() < 3 || !first.find()) {
                    continue;
                }
                for (String text : persons) {
                    attendee(w, text, j, true, false, false, committee, chairName, list, range);
                }
            }
        }
        if (list.isEmpty()) {
            return null;
        }
        w.span("/protocol/attendance", range[0], range[1]);
        return list;
    }

    /** A short line ending in a colon or semicolon ("Deltagande:", "Ej tjänstegörande;"): the heading of the next list. */
    private static boolean headsAnotherList(String line) {
        return line.matches(".*[:;]\\s*$") && Texts.wordCount(line) <= 4 && !PERSON_WITH_PARTY.matcher(line).find();
    }

    /**
     * One person of a list in the first page's fields, as an attendance: the role and service from
     * the list's label and the person's own words ("tjänstgörande ersättare", "ersätter Olle
     * Olsson", "ej tjänstgörande"), the party, the municipality and whether the person chaired.
     */
    private static void attendee(Layout w, String text, int line, boolean members, boolean servingSubstitutes, boolean substitutes,
            Committee committee, String chairName, List<Attendance> list, int[] range) {
        Matcher m = ATTENDEE.matcher(text);
        if (!m.matches()) {
            return;
        }
        String rest = m.group(4) == null ? "" : m.group(4);
        String political = markedParty(m, rest);
        if (m.group(2) == null && m.group(3) == null && political != null) {
            rest = rest.replace("(" + political + ")", " ").trim();
        }
        // a närvarolista run into one line marks each person: N present, F absent, NT present and serving
        // ("Lena Ek (m) N Lotta Lind (m) F … Ersättare … Anders Jonsson (s) NT")
        Mark mark = Mark.of(rest);
        if (mark == Mark.ABSENT) {
            return;
        }
        boolean markedServing = mark == Mark.SERVING;
        rest = mark == null ? rest : "";
        String folded = Texts.fold(rest);
        boolean substitute = substitutes || folded.contains("ersättare") || folded.matches(".*\\b(tjg|ers\\.?|ersätter)\\b.*");
        Matcher sf = SERVING_FOR.matcher(rest);
        String servingFor = sf.find() ? Fields.withoutParty(sf.group(1)) : null;
        boolean notServing = folded.matches(".*\\b(?:ej|icke|inte) (?:tjänstgörande|tjg)\\b.*");
        boolean serving = !notServing && (!substitute || members || servingSubstitutes || servingFor != null || folded.contains("tjänstgör")
                || markedServing);
        String municipality = ownPart(rest).replaceAll("(?iu)\\((?:vice )?ordförande\\)|,?\\s*(?:vice )?ordförande|(?:ej |icke )?(?:tjänstgörande )?ersättare|\\btjänstgörande\\b|\\btjg\\b", "")
                .replaceAll("[,()]", " ").trim();
        String partyId = committee == null || municipality.isEmpty() ? null
                : PartyNames.find(committee.parties(), municipality).map(Party::id).orElse(null);
        boolean chair = folded.contains("ordförande") && !folded.contains("vice ordförande");
        w.span("/protocol/attendance/" + list.size(), line, line);
        list.add(new Attendance(m.group(1).trim(), substitute ? SeatRole.ERSATTARE : SeatRole.LEDAMOT, partyId, political,
                substitute ? Boolean.valueOf(serving) : Boolean.TRUE, servingFor, null, null,
                chair || m.group(1).trim().equals(chairName) ? Boolean.TRUE : null));
        range[0] = range[0] < 0 ? line : range[0];
        range[1] = line;
    }

    /** What looks like a person's name: a name with its party ("Eva Ek (S)"), or a first name and a surname. */
    private static final Pattern NAMES = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s*\\([\\p{Lu}][\\p{L}]{0,3}\\))?");
    /** A person's mark after the name in a närvarolista: N (närvarande), F (frånvarande), NT (närvarande, tjänstgörande). */
    private enum Mark {
        PRESENT, ABSENT, SERVING;

        /** The mark that is all of {@code rest}, or null. */
        static Mark of(String rest) {
            return switch (rest.trim()) {
                case "N" -> PRESENT;
                case "F" -> ABSENT;
                case "NT" -> SERVING;
                default -> null;
            };
        }
    }

    /** A party's abbreviation in brackets ("(S)", "(MP)"). */
    private static final Pattern PARTY_MARK = Pattern.compile("\\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\\)");
    /** "… för Olle Olsson (C)": the ledamot an ersättare serves for, with the party. */
    private static final String SERVED_CLAUSE = "(?iu)(?:ersättare för|tjänstgör för|tjg för|i stället för|istället för|ersätter|för)\\s+" + Patterns.NAME + "(?:\\s*\\([^)]*\\))?";

    private static final Pattern SERVED = Pattern.compile(SERVED_CLAUSE);

    /**
     * What a line says of its own person, without the ledamot an ersättare serves for: the text
     * before that clause when the person's municipality stands there ("Kiruna kommun, ersätter Hanna
     * Hult (S), Haparanda kommun" is Kiruna's), else the line without the clause.
     */
    static String ownPart(String rest) {
        Matcher m = SERVED.matcher(rest);
        if (!m.find()) {
            return rest;
        }
        String before = rest.substring(0, m.start());
        String own = before.replaceAll("(?iu)\\b(?:tjänstgörande|ersättare|tjg|ers\\.|vice|ordförande)\\b|[,().\\s]", "");
        return own.isEmpty() ? before + " " + rest.substring(m.end()) : before;
    }

    /** The party of an attendee's line: marked after the name ("(S)", ", s,") or after the municipality. */
    private static String markedParty(Matcher attendee, String rest) {
        if (attendee.group(2) != null) {
            return attendee.group(2);
        }
        if (attendee.group(3) != null) {
            return attendee.group(3).toUpperCase(Locale.ROOT);
        }
        return lateParty(rest);
    }

    /** The party of the line's own person when it follows the municipality ("Anna Andersson, Bräcke (S)"), or null. */
    static String lateParty(String rest) {
        Matcher m = PARTY_MARK.matcher(rest.replaceAll(SERVED_CLAUSE, ""));
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern SERVED_FOR_BEFORE = Pattern.compile("(?iu)(?:\\bför|ersätter|\\bersättare för)\\s*$");
    private static final Pattern PERSON_WITH_PARTY = Pattern.compile(Patterns.NAME + Patterns.PARTY_MARK);
    private static final Pattern PARTY = Pattern.compile("\\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\\)");

    /**
     * The persons of one line: the line itself, or, when it names several with their parties
     * ("Anna Persson (S), Borås, ordförande, Lars Eriksson (C), Mark"), one part per person, from
     * each name to the next.
     */
    static List<String> persons(String line) {
        Matcher m = PERSON_WITH_PARTY.matcher(line);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            // not the ledamot an ersättare serves for ("tjänstgörande ersättare för Olle Olsson (C)")
            if (!SERVED_FOR_BEFORE.matcher(line.substring(0, m.start())).find()) {
                starts.add(m.start());
            }
        }
        if (starts.size() < 2) {
            // no parties to part them: a run of names ("Sven Johansson, ordförande Sverker Eriksson Birgitta Bolin")
            return starts.isEmpty() && !PARTY.matcher(line).find() ? PersonList.split(line) : List.of(line);
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : line.length();
            out.add(line.substring(starts.get(k), end).trim().replaceAll("[,;]\\s*$", "").replaceAll("\\s+och$", ""));
        }
        return out;
    }

    private static final Pattern LIST_HEADING = Pattern.compile("närvarolista:?|närvarande:?|närvaro:?|närvaro- och (?:omröstnings|voterings)lista:?");

    /** The närvarolista's heading line, alone or with the columns of presence beside it ("NÄRVAROLISTA   N   F"). */
    private static int attendanceStart(Layout w, int from, int to) {
        for (int i = from; i <= to && i < w.size(); i++) {
            if (!w.content(i) || !w.clean[i].regionMatches(true, 0, "närvaro", 0, 7)) {
                continue;
            }
            if (LIST_HEADING.matcher(Texts.fold(w.clean[i])).matches()
                    || LIST_HEADING.matcher(Texts.fold(w.columns(i).get(0))).matches() && presenceColumns(w, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The columns of presence and absence of the närvarolista headed at line {@code i}, on that line
     * ("NÄRVAROLISTA   N   F") or a line below it ("N  F  Ja  Nej" under "Närvaro  Omröstning"):
     * the character offsets of the present column, the absent one and any other marked column (votes),
     * in that order, or null.
     */
    private static int[] presenceColumns(Layout w, int i) {
        for (int k = i; k <= i + 2 && k < w.size(); k++) {
            if (k > i && !w.content(k)) {
                continue;
            }
            String raw = Texts.normaliseSpaces(w.raw.get(k).text());
            Matcher m = HEAD_TOKEN.matcher(raw);
            int present = -1;
            int absent = -1;
            List<Integer> others = new ArrayList<>();
            while (m.find()) {
                String t = Texts.fold(m.group(1));
                if (present < 0 && t.matches("n|närv\\.?|närvarande|tjg")) {
                    present = m.start(1);
                } else if (present >= 0 && absent < 0 && t.matches("f|frånv\\.?|frånvarande")) {
                    absent = m.start(1);
                } else if (present >= 0) {
                    others.add(m.start(1));
                }
            }
            if (present >= 0 && absent >= 0) {
                int[] out = new int[2 + others.size()];
                out[0] = present;
                out[1] = absent;
                for (int o = 0; o < others.size(); o++) {
                    out[2 + o] = others.get(o);
                }
                return out;
            }
        }
        return null;
    }

    /** A short word standing alone between wide gaps in a header line ("N", "F", "Ja", "Nej", "Närvarande"). */
    private static final Pattern HEAD_TOKEN = Pattern.compile("(?:^|\\s{2,})(\\p{L}{1,11}\\.?)(?=\\s{2,}|\\s*$)");

    /**
     * For a row of a list with columns of presence: true when a mark (X) stands under the present
     * column, false when under the absent one or when a name row has no mark there; null for a line
     * that is no such row (a heading). Marks under other columns (votes) do not count.
     */
    private static Boolean presentByMark(Layout w, int i, int[] presence) {
        String raw = Texts.normaliseSpaces(w.raw.get(i).text());
        Matcher m = MARK.matcher(raw);
        boolean marked = false;
        while (m.find()) {
            marked = true;
            int nearest = 0;
            for (int c = 1; c < presence.length; c++) {
                if (Math.abs(m.start() - presence[c]) < Math.abs(m.start() - presence[nearest])) {
                    nearest = c;
                }
            }
            if (nearest <= 1) {
                return nearest == 0;
            }
        }
        return marked || ATTENDEE.matcher(w.clean[i]).matches() && w.clean[i].contains("(") ? Boolean.FALSE : null;
    }

    private static final Pattern MARK = Pattern.compile("(?i)(?<=\\s)[x✓✔](?=\\s|$)");

    /** The närvarolista: the section headed "Närvarolista" (or the lists under "Beslutande"), until "Övriga" or the first §. */
    private static Attendances attendance(Layout w, int from, int to, List<Integer> headings, Committee committee, String chairName) {
        Attendances out = new Attendances();
        int start = attendanceStart(w, from, to);
        if (start < 0) {
            return out;
        }
        int stop = to;
        for (int h : headings) {
            if (h > start) {
                stop = h - 1;
                break;
            }
        }
        List<Attendance> list = new ArrayList<>();
        SeatRole role = null;
        Boolean serving = null;
        AttendanceTable.Columns columns = null;
        int[] presence = presenceColumns(w, start);
        int first = -1;
        int last = -1;
        for (int i = start + 1; i <= stop; i++) {
            if (!w.content(i)) {
                continue;
            }
            String c = w.clean[i];
            String f = Texts.fold(c);
            Boolean marked = presence == null ? null : presentByMark(w, i, presence);
            if (marked != null) {
                // a row marked in the absent column, or not marked at all, is no attendance
                if (!marked) {
                    continue;
                }
                c = MARK.matcher(c).replaceAll("").trim();
                f = Texts.fold(c);
            }
            if (f.matches("övriga(?: närvarande| deltagare| deltagande)?|tjänstepersoner|tjänstemän|övriga närvarande tjänstepersoner|sekreterare|insynsplatser")) {
                role = null;
                if (!list.isEmpty()) {
                    break;
                }
                continue;
            }
            if (f.matches("(?:tjänstgörande |närvarande |beslutande )?ledamöter|ledamot")) {
                role = SeatRole.LEDAMOT;
                serving = Boolean.TRUE;
                continue;
            }
            if (f.matches("tjänstgörande ersättare|ersättare \\(tjänstgörande\\)")) {
                role = SeatRole.ERSATTARE;
                serving = Boolean.TRUE;
                continue;
            }
            if (f.matches("(?:närvarande |ej tjänstgörande |icke tjänstgörande )?ersättare|ersättare \\(ej tjänstgörande\\)")) {
                role = SeatRole.ERSATTARE;
                serving = Boolean.FALSE;
                continue;
            }
            if (f.equals("beslutande") || c.matches("-{3,}.*")) {
                continue;
            }
            // a table with a header row ("Namn <tab> Parti <tab> Kommun <tab> Funktion <tab> Närvarande §§")
            List<String> tableCells = w.columns(i);
            // a table's header row; a second table below the first (ersättare under ledamöter) has its own
            if (AttendanceTable.isHeader(tableCells)) {
                columns = AttendanceTable.columns(tableCells);
                // the name column's heading may give the rows' role ("Ledamöter | Närvarande | Kommun")
                SeatRole headed = AttendanceTable.roleOfNameColumn(tableCells, columns);
                if (headed != null) {
                    role = headed;
                    serving = headed == SeatRole.LEDAMOT || Texts.fold(tableCells.get(columns.name())).startsWith("tjänstgörande");
                }
                continue;
            }
            if (columns != null) {
                for (AttendanceTable.Row row : AttendanceTable.rows(tableCells, columns, role, serving)) {
                    String partyId = committee == null || row.municipality() == null ? null
                            : PartyNames.find(committee.parties(), row.municipality()).map(Party::id).orElse(null);
                    w.span("/protocol/attendance/" + list.size(), i, i);
                    list.add(new Attendance(row.person(), row.role(), partyId, row.politicalParty(), row.serving(), row.servingFor(),
                            row.paragraphs(), null, row.chair() || row.person().equals(chairName) ? Boolean.TRUE : null));
                    first = first < 0 ? i : first;
                    last = i;
                }
                continue;
            }
            if (role == null) {
                continue;
            }
            // a table row "Name (P) <tab> Kommun" keeps the name apart from the municipality
            List<String> cells = tableCells.stream().filter(x -> !x.isBlank() && !(presence != null && x.trim().matches("(?i)[x✓✔]"))).toList();
            Matcher m = ATTENDEE.matcher(cells.size() >= 2 ? cells.get(0) : c);
            if (!m.matches()) {
                continue;
            }
            String person = m.group(1).trim();
            String rest = m.group(4) == null ? "" : m.group(4);
            String political = markedParty(m, rest);
            if (m.group(2) == null && m.group(3) == null && political != null) {
                rest = rest.replace("(" + political + ")", " ").trim();
            }
            if (cells.size() >= 2) {
                rest = (rest + " " + String.join(", ", cells.subList(1, cells.size()))).trim();
            }
            Mark mark = Mark.of(rest);
            if (mark == Mark.ABSENT) {
                continue;
            }
            rest = mark == null ? rest : "";
            boolean chair = Texts.fold(rest).contains("ordförande") && !Texts.fold(rest).contains("vice ordförande");
            String servingFor = null;
            Matcher sf = SERVING_FOR.matcher(rest);
            if (sf.find()) {
                servingFor = Fields.withoutParty(sf.group(1));
            }
            List<Integer> pars = null;
            Matcher pp = PARAGRAPHS_PRESENT.matcher(rest);
            if (pp.find()) {
                pars = new ArrayList<>();
                for (int n = Integer.parseInt(pp.group(1)); n <= Integer.parseInt(pp.group(2)); n++) {
                    pars.add(n);
                }
            }
            String municipality = ownPart(rest).replaceAll("(?iu)\\((?:vice )?ordförande\\)|,?\\s*(?:vice )?ordförande|(?:tjänstgörande )?ersättare|\\btjänstgörande\\b|\\btjg\\b", "")
                    .replaceAll("§§?.*", "").replaceAll("[,()]", " ").trim();
            String partyId = null;
            if (committee != null && !municipality.isEmpty()) {
                partyId = PartyNames.find(committee.parties(), municipality).map(Party::id).orElse(null);
            }
            String index = "/protocol/attendance/" + list.size();
            w.span(index, i, i);
            // under "Ersättare", one who serves for a ledamot ("tjg för Olle Olsson") serves
            boolean servesFor = role == SeatRole.ERSATTARE && (servingFor != null || Texts.fold(rest).matches(".*\\b(?:tjg|tjänstgör\\p{L}*)\\b.*"))
                    && !Texts.fold(rest).matches(".*\\b(?:ej|icke|inte) (?:tjänstgörande|tjg)\\b.*");
            list.add(new Attendance(person, role, partyId, political, mark == Mark.SERVING || servesFor ? Boolean.TRUE : serving, servingFor, pars, null,
                    chair || (chairName != null && chairName.equals(person)) ? Boolean.TRUE : null));
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (!list.isEmpty()) {
            out.list = list;
            out.start = start;
            out.last = last;
            w.span("/protocol/attendance", first, last);
        }
        return out;
    }
}
