package se.namndkoll.service.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.documents.draft.CommitteeDraft;
import se.namndkoll.documents.draft.CommitteeDrafter;
import se.namndkoll.documents.draft.NotGoverningTextException;
import se.namndkoll.documents.draft.Provenance;
import se.namndkoll.documents.draft.Unresolved;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CostAllocation;
import se.namndkoll.rules.model.FederationAssembly;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.TermsVersion;

/**
 * {@code committee draft [--out FIL.json] [--format text|json] FIL...}: drafts a committee from its
 * reglemente, agreement or förbundsordning (text, PDF, Word; several files of the same body make one
 * draft) and writes it in the registry's schema, usable with {@code check --committee FIL.json} and
 * {@code PUT /api/v1/committees/{id}}. A summary says where each fact was read and what the files
 * leave open. Exit status 0 when the draft is written, 2 on bad usage or when a file cannot be read
 * or is no governing text (a protocol, a kallelse: a one-line message naming it; nothing is
 * written), 3 when drafting itself failed (a defect of Nämndkoll).
 */
public final class DraftCommand {

    static final String USAGE_TEXT = """
            Användning: java -jar namndkoll.jar committee draft [--out FIL.json] [--format text|json] FIL...
              FIL       nämndens reglemente, samverkansavtal/överenskommelse eller förbundsordning (.txt, .pdf, .docx);
                        flera filer om samma nämnd blir ett utkast
              --out     skriv nämnden i JSON till filen (annars till standard ut, och sammanfattningen till standard fel)
              --format  text (standard): nämnden i JSON och en sammanfattning; json: hela utkastet med rader och luckor
            Nämnden i JSON används med: java -jar namndkoll.jar check --committee FIL.json DOKUMENT
            Slutstatus: 0 utkastet skrivet, 2 felaktig användning, en oläsbar fil eller en fil som inte är ett styrdokument.""";

    private final PrintStream out;
    private final PrintStream err;

    DraftCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Entry point from the application's main method: runs, flushes and returns the exit status. */
    public static int run(String[] args) {
        return StandardStreams.run((out, err) -> new DraftCommand(out, err).execute(args));
    }

    record Arguments(Path outFile, String format, List<Path> files) {
    }

    int execute(String[] args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(CheckCommand.oneLine("namndkoll committee draft: " + e.getMessage()));
            err.println(USAGE_TEXT);
            return CheckCommand.USAGE;
        }
        if (a == null) {
            out.println(USAGE_TEXT);
            return CheckCommand.OK;
        }
        List<CommitteeDrafter.Source> sources = new ArrayList<>();
        for (Path file : a.files()) {
            try {
                if (Files.isRegularFile(file) && Files.size(file) > CheckCommand.MAX_FILE_BYTES) {
                    err.println(CheckCommand.oneLine("namndkoll committee draft: " + file + ": filen är större än "
                            + CheckCommand.MAX_FILE_BYTES / (1024 * 1024) + " MB, mer än kommandot läser"));
                    return CheckCommand.USAGE;
                }
                sources.add(new CommitteeDrafter.Source(file.getFileName().toString(), Files.readAllBytes(file)));
            } catch (NoSuchFileException e) {
                err.println(CheckCommand.oneLine("namndkoll committee draft: " + file + ": filen finns inte"));
                return CheckCommand.USAGE;
            } catch (IOException e) {
                err.println(CheckCommand.oneLine("namndkoll committee draft: " + file + ": kan inte läsas (" + e.getClass().getSimpleName() + ")"));
                return CheckCommand.USAGE;
            }
        }
        CommitteeDraft draft;
        try {
            draft = new CommitteeDrafter(new StandardDocumentImporter()).draft(sources);
        } catch (UnreadableDocumentException | NotGoverningTextException e) {
            err.println(CheckCommand.oneLine("namndkoll committee draft: " + e.getMessage()));
            return CheckCommand.USAGE;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("namndkoll committee draft: utkastet kunde inte göras av ett internt fel i Nämndkoll; rapportera det gärna med filerna");
            return CheckCommand.INTERNAL;
        }
        ObjectMapper json = RulesJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        String rendered;
        try {
            rendered = a.format().equals("json") ? json.writeValueAsString(full(draft)) : json.writeValueAsString(draft.committee());
        } catch (JsonProcessingException e) {
            err.println("namndkoll committee draft: utkastet kunde inte skrivas som JSON");
            return CheckCommand.INTERNAL;
        }
        PrintStream summaryTo = out;
        if (a.outFile() != null) {
            try {
                Files.writeString(a.outFile(), rendered + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(CheckCommand.oneLine("namndkoll committee draft: " + a.outFile() + ": kan inte skrivas (" + e.getClass().getSimpleName() + ")"));
                return CheckCommand.USAGE;
            }
        } else {
            out.println(rendered);
            summaryTo = err;
        }
        if (a.format().equals("text")) {
            summaryTo.print(summary(draft, a.outFile()));
        }
        return CheckCommand.OK;
    }

    /** The whole draft for --format json: the committee, the lines of each fact and what is open (without the files' lines). */
    private static Map<String, Object> full(CommitteeDraft draft) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("committee", draft.committee());
        m.put("provenance", draft.provenance());
        m.put("unresolved", draft.unresolved().stream().map(u -> Map.of("pointer", u.pointer(), "code", u.code(), "message", u.message())).toList());
        m.put("representation", draft.representation());
        m.put("files", draft.files().stream().map(f -> Map.of("name", f.name(), "kinds", f.kinds())).toList());
        return m;
    }

    /** Where each fact was read and what the files leave open, in Swedish. */
    static String summary(CommitteeDraft draft, Path outFile) {
        Committee c = draft.committee();
        StringBuilder s = new StringBuilder();
        s.append("Utkast: ").append(c.name() == null ? "(namn saknas)" : c.name()).append(c.id() == null ? "" : " (" + c.id() + ")")
                .append(c.form() == null ? "" : ", " + form(c)).append(where(draft, "/name")).append('\n');
        if (!c.parties().isEmpty()) {
            s.append("  Parter:");
            for (int i = 0; i < c.parties().size(); i++) {
                s.append(i == 0 ? " " : ", ").append(c.parties().get(i).name()).append(where(draft, "/parties/" + i));
            }
            s.append('\n');
        }
        if (c.hostPartyId() != null) {
            s.append("  Värd: ").append(c.party(c.hostPartyId()).map(Party::name).orElse(c.hostPartyId())).append(where(draft, "/hostPartyId")).append('\n');
        }
        if (!draft.representation().isEmpty()) {
            s.append("  Platser:");
            boolean first = true;
            for (CommitteeDraft.Representation r : draft.representation()) {
                String party = r.partyId() == null ? "varje part" : c.party(r.partyId()).map(Party::name).orElse(r.partyId());
                s.append(first ? " " : ", ").append(party).append(' ').append(r.ledamoter() == null ? "?" : r.ledamoter()).append("+")
                        .append(r.ersattare() == null ? "?" : r.ersattare());
                first = false;
            }
            s.append(" (ledamöter+ersättare)").append('\n');
        } else if (c.seats() != null) {
            s.append("  Platser: ").append(c.seats().size()).append(" utan känd part").append(where(draft, "/seats/0")).append('\n');
        }
        if (!c.terms().isEmpty()) {
            TermsVersion t = c.terms().get(0);
            s.append("  Villkor").append(t.validFrom() == null ? "" : " från " + t.validFrom() + where(draft, "/terms/0/validFrom")).append(':');
            List<String> terms = new ArrayList<>();
            add(terms, t.noticeDaysBefore() == null ? null : "kallelse senast " + t.noticeDaysBefore()
                    + (Boolean.TRUE.equals(t.noticeInWorkingDays()) ? " vardagar" : " dagar") + " före" + where(draft, "/terms/0/noticeDaysBefore"));
            add(terms, t.adjustmentDays() == null ? null : "justering inom " + t.adjustmentDays() + " dagar" + where(draft, "/terms/0/adjustmentDays"));
            add(terms, t.adjustersRequired() == null ? null : t.adjustersRequired() + " justerare utöver ordföranden" + where(draft, "/terms/0/adjustersRequired"));
            add(terms, Boolean.TRUE.equals(t.substituteFromSameParty()) ? "ersättare från samma part" + where(draft, "/terms/0/substituteFromSameParty") : null);
            add(terms, Boolean.TRUE.equals(t.meetingPlanRequired()) ? "årlig sammanträdesplan" + where(draft, "/terms/0/meetingPlanRequired") : null);
            add(terms, t.costAllocation() == null ? null : "kostnader " + costAllocation(t.costAllocation()) + where(draft, "/terms/0/costAllocation"));
            s.append(terms.isEmpty() ? " inga utöver giltigheten" : " " + String.join(", ", terms)).append('\n');
        }
        if (!draft.unresolved().isEmpty()) {
            s.append("  Att fylla i eller kontrollera:\n");
            for (Unresolved u : draft.unresolved()) {
                s.append("    - ").append(u.message()).append('\n');
            }
        }
        if (outFile != null) {
            s.append("Nämnden är skriven till ").append(outFile).append(". Granska ett dokument mot den med: java -jar namndkoll.jar check --committee ")
                    .append(outFile).append(" DOKUMENT\n");
        }
        return s.toString();
    }

    private static void add(List<String> list, String item) {
        if (item != null) {
            list.add(item);
        }
    }

    private static String form(Committee c) {
        return switch (c.form()) {
            case GEMENSAM_NAMND -> "gemensam nämnd";
            case KOMMUNALFORBUND -> "kommunalförbund" + (c.assembly() == null ? ""
                    : c.assembly() == FederationAssembly.DIREKTION ? " med direktion" : " med förbundsfullmäktige");
            case AVTALSSAMVERKAN -> "avtalssamverkan";
            case BOLAG -> "bolag";
            case NAMND -> "nämnd";
        };
    }

    /** The cost-allocation key as the summary's reader says it. */
    private static String costAllocation(CostAllocation key) {
        return switch (key) {
            case EQUAL_SHARES -> "lika delar";
            case PER_INHABITANT -> "efter antal invånare";
            case BY_USE -> "efter nyttjande";
            case BY_ASSIGNMENT -> "per uppdrag";
            case MIXED -> "blandad fördelning";
        };
    }

    /** " (fil rad 12)" for the first source of the fact at {@code pointer}, or "". */
    private static String where(CommitteeDraft draft, String pointer) {
        for (Provenance p : draft.provenance()) {
            if (p.pointer().equals(pointer)) {
                String lines = p.lineEnd() == null ? "rad " + p.line() : "rad " + p.line() + "–" + p.lineEnd();
                return " (" + (draft.files().size() > 1 ? p.file() + " " : "") + lines + ")";
            }
        }
        return "";
    }

    static Arguments parse(String[] args) {
        Path outFile = null;
        String format = "text";
        List<Path> files = new ArrayList<>();
        int i = 0;
        if (i < args.length && args[i].equals("committee")) {
            i++;
        }
        if (i >= args.length || !args[i].equals("draft")) {
            if (i < args.length && (args[i].equals("-h") || args[i].equals("--help"))) {
                return null;
            }
            throw new IllegalArgumentException("okänt underkommando" + (i < args.length ? " " + args[i] : "") + "; det som finns är: committee draft");
        }
        List<String> list = Flags.split(args, i + 1);
        for (int j = 0; j < list.size(); j++) {
            String arg = list.get(j);
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--out" -> outFile = Path.of(Flags.value(list, ++j, arg));
                case "--format" -> format = Flags.format(arg, Flags.value(list, ++j, arg));
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("okänd flagga " + arg);
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("ange minst ett reglemente, avtal eller en förbundsordning att göra utkastet ur");
        }
        return new Arguments(outFile, format, files);
    }
}
