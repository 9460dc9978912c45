package se.namndkoll.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.format.DocumentFormat;
import se.namndkoll.documents.format.DocxReader;
import se.namndkoll.documents.format.PdfReader;
import se.namndkoll.documents.format.RawLine;
import se.namndkoll.documents.format.RawText;
import se.namndkoll.documents.format.TextReader;
import se.namndkoll.documents.kinds.AgendaReader;
import se.namndkoll.documents.kinds.BodyNames;
import se.namndkoll.documents.kinds.Classifier;
import se.namndkoll.documents.kinds.CommitteeRecognizer;
import se.namndkoll.documents.kinds.DecisionReader;
import se.namndkoll.documents.kinds.FinancialTableReader;
import se.namndkoll.documents.kinds.GoverningTextReader;
import se.namndkoll.documents.kinds.KindReader;
import se.namndkoll.documents.kinds.ProtocolReader;
import se.namndkoll.documents.kinds.ProvisionalCommittee;
import se.namndkoll.documents.layout.Duplicates;
import se.namndkoll.documents.layout.Fields;
import se.namndkoll.documents.layout.Furniture;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.layout.TableReader;
import se.namndkoll.documents.layout.Unfolding;
import se.namndkoll.documents.text.Headings;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.DateMention;
import se.namndkoll.rules.model.DateRole;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.FactsSource;
import se.namndkoll.rules.model.FinancialTable;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.GoverningText;
import se.namndkoll.rules.model.Limits;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.model.TextLine;
import se.namndkoll.rules.model.TextZone;
import se.namndkoll.rules.model.UnreadableSection;
import se.namndkoll.rules.text.SwedishDates;

/**
 * Reads text, PDF and Word documents into a {@link Case}: every line with its number (and page),
 * its zone, the form fields, the dates, the agenda or protocol, the financial tables, the
 * decisions it proposes or records, the reglemente or agreement topics, and where each fact came
 * from. What cannot be read is listed in the document's {@code unreadable} sections. Plain Java;
 * thread-safe (no state between calls).
 */
public final class StandardDocumentImporter implements DocumentImporter {

    private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?iu)^(?:verksamhetssummering|verksamhetsberättelse|verksamhetsplan|årsredovisning|årsbokslut|"
            + "delårsrapport|reglemente|nämndreglemente|samverkansavtal|samarbetsavtal|samarbetsöverenskommelse|samverkansöverenskommelse|"
            + "avtal (?:om|för|mellan)|överenskommelse (?:om|för|mellan)|förbundsordning|bilaga)\\b.*");

    private final Clock clock;
    private final DocumentLimits limits;

    public StandardDocumentImporter() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives the evaluation date of a document that states no date of its own */
    public StandardDocumentImporter(Clock clock) {
        this(clock, DocumentLimits.DEFAULTS);
    }

    /**
     * @param clock gives the evaluation date of a document that states no date of its own
     * @param limits what one document may cost to read
     */
    public StandardDocumentImporter(Clock clock, DocumentLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public ImportedDocument read(String fileName, byte[] content, ImportOptions options) throws UnreadableDocumentException {
        ImportOptions opts = options == null ? new ImportOptions(null, List.of(), null) : options;
        DocumentFormat format = DocumentFormat.of(fileName, content);
        RawText raw = switch (format) {
            case TEXT -> TextReader.read(fileName, content, limits);
            case PDF -> PdfReader.read(fileName, content, limits);
            case DOCX -> DocxReader.read(fileName, content, limits);
        };
        String label = fileName == null ? "Dokumentet" : fileName;
        for (RawLine line : raw.lines()) {
            if (line.text().length() > DocumentLimits.MAX_LINE_LENGTH) {
                throw new UnreadableDocumentException(fileName, label + ": rad " + line.number() + " är längre än "
                        + DocumentLimits.MAX_LINE_LENGTH + " tecken, mer än tjänsten läser på en rad.");
            }
        }
        if (raw.lines().stream().allMatch(l -> l.text().isBlank())) {
            throw new UnreadableDocumentException(fileName, (fileName == null ? "Dokumentet" : fileName) + " innehåller ingen text.");
        }
        return interpret(fileName, raw, opts);
    }

    ImportedDocument interpret(String fileName, RawText raw, ImportOptions options) {
        Layout w = new Layout(fileName, Unfolding.unfold(raw));
        Furniture.mark(w);
        Duplicates.mark(w);

        Committee committee = options.committee();
        int committeeLine = -1;
        if (committee == null) {
            CommitteeRecognizer.Recognised r = CommitteeRecognizer.recognise(w, options.registry());
            if (r != null) {
                committee = r.committee();
                committeeLine = r.line();
            }
        }
        if (committee != null) {
            runningHeaders(w, committee);
            if (committeeLine >= 0) {
                w.span("/committee", committeeLine, committeeLine);
            }
        }

        int last = w.size() - 1;
        List<TableReader.Table> tables = FinancialTableReader.READER.read(w, 0, last, KindReader.Context.of(committee));
        List<Integer> paragraphs = ProtocolReader.paragraphHeadings(w, 0, last).stream().filter(w::content).toList();
        Classifier.Classification classification = Classifier.classify(w,
                new Classifier.Structure(paragraphs.size(), numberedLines(w), tables.size(), decisionHeadings(w)));
        DocumentKind main = classification.main();
        // A document titled as a reglemente or an agreement is one, whatever its § say about protocols.
        boolean governingTitle = leadingTitleIsGoverning(w) && main != DocumentKind.PROTOCOL
                || main == DocumentKind.REGLEMENTE || main == DocumentKind.AGREEMENT;
        List<Integer> memos = governingTitle ? List.of() : AgendaReader.memoStarts(w);
        // a protocol, a kallelse or a tjänsteskrivelse is read whole by the reader of its kind; the governing
        // texts and the tables, which may follow any of them, are read part by part below
        Object read = main == DocumentKind.PROTOCOL || main == DocumentKind.AGENDA || main == DocumentKind.MEMO
                ? KindReader.of(main).read(w, 0, last, new KindReader.Context(committee, memos, 0)) : null;
        ProtocolReader.Result protocolResult = read instanceof ProtocolReader.Result r ? r : null;
        AgendaReader.Result agendaResult = read instanceof AgendaReader.Result r ? r : null;
        int fieldsFrom = protocolResult == null ? 0 : lastFieldLine(w) + 1;
        Fields.readColonLabels(w, fieldsFrom, last).forEach(f -> w.fields.add(Fields.toModel(w, f)));
        w.fields.sort(Comparator.comparing(f -> f.line() == null ? 0 : f.line()));

        // parts after the protocol (a verksamhetssummering, a plan), or the whole document when it is neither
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (protocolResult != null) {
            kinds.add(DocumentKind.PROTOCOL);
        }
        if (main == DocumentKind.AGENDA || main == DocumentKind.MEMO) {
            kinds.add(main);
            if (main == DocumentKind.AGENDA && !memos.isEmpty()) {
                kinds.add(DocumentKind.MEMO);
            }
        }
        int partsFrom = protocolResult != null ? protocolResult.end() + 1 : agendaResult != null ? w.size() : 0;
        List<GoverningText> governing = new ArrayList<>();
        List<int[]> parts = parts(w, partsFrom, last);
        for (int[] part : parts) {
            int from = part[0];
            int to = part[1];
            GoverningText text = GoverningTextReader.READER.read(w, from, to, new KindReader.Context(committee, List.of(), governing.size()));
            boolean financial = tables.stream().anyMatch(t -> t.from() >= from && t.to() <= to);
            if (text != null) {
                kinds.add(text.kind() == GoverningDocumentKind.REGLEMENTE ? DocumentKind.REGLEMENTE : DocumentKind.AGREEMENT);
                governing.add(text);
            }
            if (financial) {
                kinds.add(DocumentKind.FINANCIAL);
            }
            if (text == null && !financial && contentLines(w, from, to) >= 5) {
                // a part after the protocol or the kallelse (a plan, a report) is "other"; the whole document is what it mainly is
                kinds.add(protocolResult != null || agendaResult != null ? DocumentKind.OTHER : main);
            }
        }
        if (!tables.isEmpty()) {
            kinds.add(DocumentKind.FINANCIAL);
        }
        if (kinds.isEmpty()) {
            kinds.add(main);
        }

        Protocol protocol = protocolResult == null ? null : protocolResult.protocol();
        Agenda agenda = agendaResult == null ? null : agendaResult.agenda();
        LocalDate meetingDate = protocol != null ? protocol.meetingDate() : agenda != null ? agenda.meetingDate() : null;

        zones(w, agendaResult, protocolResult, memos, parts);
        dates(w, meetingDate);
        List<ProposedDecision> decisions = decisions(w, agendaResult, protocolResult, meetingDate);

        List<FinancialTable> financialTables = tables.stream().map(TableReader.Table::table).toList();
        w.unreadable.sort(Comparator.comparing(UnreadableSection::line));
        capUnreadable(w);
        for (int i = 0; i < w.unreadable.size(); i++) {
            UnreadableSection u = w.unreadable.get(i);
            int from = indexOfNumber(w, u.line());
            int to = u.lineEnd() == null ? from : indexOfNumber(w, u.lineEnd());
            w.span("/document/unreadable/" + i, from, to);
        }
        // a body that is not registered: what the document itself says of it, where that supports a rule
        String body = committee != null ? committee.name() : BodyNames.read(w, w.fields);
        FactsSource committeeFrom = null;
        if (committee == null && (protocol != null || agenda != null)) {
            ProvisionalCommittee.Result provisional = ProvisionalCommittee.read(w, body, protocol == null ? null : protocol.attendance());
            if (provisional != null) {
                committee = provisional.committee();
                committeeFrom = FactsSource.DOCUMENT;
                provisional.sources().forEach((pointer, span) -> w.span(pointer, span[0], span[1]));
            }
        }
        List<TextLine> lines = textLines(raw, w);
        List<DocumentKind> kindList = new ArrayList<>(kinds);
        // the main kind first, then the others as the classifier weighs them
        kindList.sort(Comparator.comparing((DocumentKind k) -> k == main ? -1000 : -classification.points(k)));
        SourceDocument document = new SourceDocument(fileName, kindList, lines, w.fields, w.dates, w.sourceMap(), w.unreadable);
        Case draft = new Case(options.asOf(), committee, protocol, agenda, null, financialTables, List.of(), decisions, document, governing,
                committeeFrom);
        if (draft.effectiveDate().isEmpty()) {
            draft = new Case(LocalDate.now(clock), committee, protocol, agenda, null, financialTables, List.of(), decisions, document, governing,
                    committeeFrom);
        }
        return new ImportedDocument(draft, kindList, committee == null || committeeFrom != null ? null : committee.id(), body);
    }

    /**
     * The document's lines as sent, each with the zone and repeat the reader found for it: a line
     * the layout cut into several (a transcript's run-on page) is furniture only when all its parts
     * are, and takes a proposal's or a decision's zone when one of its parts has it.
     */
    private static List<TextLine> textLines(RawText raw, Layout w) {
        Map<Integer, TextZone> zones = new HashMap<>();
        Map<Integer, Integer> duplicates = new HashMap<>();
        for (int i = 0; i < w.size(); i++) {
            int number = w.number(i);
            TextZone zone = w.blank(i) ? TextZone.BODY : w.zone[i];
            TextZone known = zones.get(number);
            if (known == null || rank(zone) > rank(known)) {
                zones.put(number, zone);
            }
            if (w.duplicateOf[i] != null) {
                duplicates.putIfAbsent(number, w.duplicateOf[i]);
            }
        }
        List<TextLine> lines = new ArrayList<>(raw.lines().size());
        for (RawLine r : raw.lines()) {
            lines.add(new TextLine(r.number(), r.page(), r.text(), r.text().isBlank() ? TextZone.BODY : zones.getOrDefault(r.number(), TextZone.BODY),
                    duplicates.get(r.number())));
        }
        return lines;
    }

    /** Which zone a line cut into parts takes: a proposal's or a decision's over body text, body text over furniture. */
    private static int rank(TextZone zone) {
        return zone == TextZone.FURNITURE ? 0 : zone == TextZone.BODY ? 1 : 2;
    }

    /**
     * At most {@link Limits#LIST} unreadable sections (the fact model's bound): beyond it the rest
     * are reported together as one section, so a badly damaged document still gets its report.
     */
    private static void capUnreadable(Layout w) {
        int max = Limits.LIST;
        if (w.unreadable.size() <= max) {
            return;
        }
        List<UnreadableSection> rest = w.unreadable.subList(max - 1, w.unreadable.size());
        UnreadableSection first = rest.get(0);
        UnreadableSection last = rest.get(rest.size() - 1);
        int end = last.lineEnd() == null ? last.line() : last.lineEnd();
        UnreadableSection together = new UnreadableSection(first.line(), end == first.line() ? null : end,
                "Ytterligare " + rest.size() + " avsnitt från och med denna rad kunde inte läsas (samma slags fel som ovan eller andra).");
        rest.clear();
        w.unreadable.add(together);
    }

    private static int lastFieldLine(Layout w) {
        int max = -1;
        for (var f : w.fields) {
            if (f.line() != null) {
                max = Math.max(max, indexOfNumber(w, f.line()) + 1);
            }
        }
        return max;
    }

    private static int indexOfNumber(Layout w, int number) {
        for (int i = 0; i < w.size(); i++) {
            if (w.number(i) == number) {
                return i;
            }
        }
        return 0;
    }

    /** The lines that head a decision ("Beslut", "Nämndens beslut", "Kommunstyrelseutskottets beslut"). */
    private static int decisionHeadings(Layout w) {
        int n = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.content(i) && Headings.decision(w.clean[i])) {
                n++;
            }
        }
        return n;
    }

    /**
     * The longest run of items numbered in order (1, 2, 3 …) in the document, at the start of a line or
     * inside a transcript's run-on line ("… 1. Upprop 2. Anmälan om delegationsbeslut 3. …").
     */
    private static int numberedLines(Layout w) {
        int best = 0;
        int run = 0;
        int last = -1;
        for (int i = 0; i < w.size(); i++) {
            if (!w.content(i)) {
                continue;
            }
            Matcher m = NUMBERED_ITEM.matcher(w.clean[i]);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                run = n == last + 1 ? run + 1 : 1;
                last = n;
                best = Math.max(best, run);
            }
        }
        return best;
    }

    private static final Pattern NUMBERED_ITEM = Pattern.compile("(?:^|(?<=\\s))(\\d{1,2})[.)]?\\s+(?=\\p{Lu})");

    /** Whether one of the first content lines (after a letterhead) is a reglemente's or an agreement's title. */
    private static boolean leadingTitleIsGoverning(Layout w) {
        int seen = 0;
        for (int i = 0; i < w.size() && seen < 8; i++) {
            if (!w.content(i)) {
                continue;
            }
            seen++;
            String c = w.clean[i];
            if (Texts.wordCount(c) <= 14 && !c.endsWith(".") && GoverningTextReader.kindOf(c) != null) {
                return true;
            }
        }
        return false;
    }

    /** A running header: the committee's name or alias and a date, alone on a line at the top of a page. */
    private static void runningHeaders(Layout w, Committee committee) {
        List<String> names = new ArrayList<>();
        names.add(Texts.fold(committee.name()));
        committee.aliases().forEach(a -> names.add(Texts.fold(a)));
        for (int i = 0; i < w.size(); i++) {
            if (w.blank(i) || w.furniture[i]) {
                continue;
            }
            boolean top = i == 0 || w.previousContent(i - 1) < 0 || !Objects.equals(w.raw.get(i).page(), w.raw.get(Math.max(0, i - 1)).page());
            if (!top) {
                continue;
            }
            String rest = Texts.fold(SwedishDates.withoutDatesAndTimes(w.clean[i]));
            if (SwedishDates.first(w.clean[i]) != null && names.contains(rest)) {
                w.furniture[i] = true;
                w.zone[i] = TextZone.FURNITURE;
            }
        }
    }

    /** Parts of lines from..to split at document titles (a verksamhetsplan after a protocol). */
    private static List<int[]> parts(Layout w, int from, int to) {
        List<int[]> out = new ArrayList<>();
        if (from > to) {
            return out;
        }
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            // a title right after the part's own title (a transcript repeats the document's title above its text) starts nothing new
            if (w.content(i) && Texts.wordCount(w.clean[i]) <= 10 && !w.clean[i].endsWith(".") && DOCUMENT_TITLE.matcher(w.clean[i]).matches()
                    && contentLines(w, start, i - 1) >= 3) {
                out.add(new int[] {start, i - 1});
                start = i;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    private static int contentLines(Layout w, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            if (w.content(i)) {
                n++;
            }
        }
        return n;
    }

    /** Proposal and decision zones: the lines under "Förslag till beslut" / "Beslut" until the next heading. */
    private static void zones(Layout w, AgendaReader.Result agenda, ProtocolReader.Result protocol, List<Integer> memos, List<int[]> parts) {
        Set<Integer> starts = new HashSet<>(memos);
        if (agenda != null) {
            agenda.blocks().forEach(b -> {
                starts.add(b.heading());
                if (b.detail() >= 0) {
                    starts.add(b.detail());
                }
            });
        }
        if (protocol != null) {
            protocol.paragraphBlocks().forEach(b -> starts.add(b[0]));
        }
        parts.forEach(p -> starts.add(p[0]));
        TextZone state = TextZone.BODY;
        for (int i = 0; i < w.size(); i++) {
            if (starts.contains(i)) {
                state = TextZone.BODY;
            }
            if (w.furniture[i] || w.blank(i)) {
                continue;
            }
            String c = w.clean[i];
            if (Headings.proposal(c)) {
                state = TextZone.PROPOSAL;
                w.zone[i] = state;
                continue;
            }
            if (Headings.decision(c)) {
                state = TextZone.DECISION;
                w.zone[i] = state;
                continue;
            }
            if (Headings.endsZone(c) || Headings.any(c)) {
                state = TextZone.BODY;
                continue;
            }
            if (w.zone[i] != TextZone.DECISION) {
                w.zone[i] = state;
            }
        }
    }

    private static void dates(Layout w, LocalDate meetingDate) {
        for (int i = 0; i < w.size(); i++) {
            if (w.blank(i) || w.duplicateOf[i] != null) {
                continue;
            }
            for (SwedishDates.Found f : SwedishDates.find(w.clean[i])) {
                if (f.date() == null) {
                    w.unreadable(i, i, "Datumet \"" + f.text() + "\" finns inte i kalendern och har inte lästs in.");
                    continue;
                }
                String text = f.text().length() > 300 ? f.text().substring(0, 300) : f.text();
                DateRole role = f.date().equals(meetingDate) ? DateRole.MEETING : DateRole.OTHER;
                w.dates.add(new DateMention(text, f.date(), f.weekday(), role, w.number(i)));
            }
        }
    }

    private static List<ProposedDecision> decisions(Layout w, AgendaReader.Result agenda, ProtocolReader.Result protocol, LocalDate date) {
        List<DecisionReader.Recognised> all = new ArrayList<>();
        if (agenda != null) {
            for (AgendaReader.Block b : agenda.blocks()) {
                AgendaItem item = b.item();
                List<int[]> lines = pointLines(w, "/agenda/items/" + b.index() + "/proposals/", item.proposals().size());
                all.addAll(DecisionReader.recognise(DecisionReader.fromPoints(item.proposals(), lines), date, item.number(), true));
            }
        }
        if (protocol != null) {
            List<ProtocolParagraph> ps = protocol.protocol().paragraphs();
            for (int[] b : protocol.paragraphBlocks()) {
                ProtocolParagraph par = ps.get(b[2]);
                if (par.decision() == null) {
                    continue;
                }
                int[] span = spanOf(w, "/protocol/paragraphs/" + b[2] + "/decision");
                List<DecisionReader.Source> sources = new ArrayList<>();
                for (String sentence : par.decision().split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
                    sources.add(new DecisionReader.Source(sentence, null, span[0], span[1]));
                }
                all.addAll(DecisionReader.recognise(sources, date, null, false));
            }
        }
        List<ProposedDecision> out = new ArrayList<>();
        for (DecisionReader.Recognised r : all) {
            String p = "/decisions/" + out.size();
            w.span(p, r.from, r.to);
            if (r.monthLine != null) {
                w.span(p + "/month", r.monthLine, r.monthLine);
            }
            if (r.amountLine != null) {
                w.span(p + "/totalAmount", r.amountLine, r.amountLine);
            }
            out.add(r.toModel());
        }
        return out;
    }

    private static List<int[]> pointLines(Layout w, String prefix, int count) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(spanOf(w, prefix + i));
        }
        return out;
    }

    /** The line indexes a recorded span covers, or {-1, -1}. */
    private static int[] spanOf(Layout w, String pointer) {
        return w.sourceMap().stream().filter(s -> s.pointer().equals(pointer)).findFirst()
                .map(s -> new int[] {indexOfNumber(w, s.line()), indexOfNumber(w, s.lineEnd() == null ? s.line() : s.lineEnd())})
                .orElse(new int[] {-1, -1});
    }
}
