package se.namndkoll.service.cli;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.namndkoll.documents.Body;
import se.namndkoll.documents.DocumentImporter;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.api.ProblemTexts;
import se.namndkoll.service.check.CaseReader;
import se.namndkoll.service.check.InputError;
import se.namndkoll.service.check.InvalidInputException;
import se.namndkoll.service.check.JsonInputErrors;
import se.namndkoll.service.config.JsonConfiguration;
import se.namndkoll.service.config.NamndkollProperties;

/**
 * {@code check [--committee ID|FILE.json] [--as-of YYYY-MM-DD] [--format text|json] [--explain] [--server URL] FILE...}:
 * reads each file (a document, or a JSON case), checks it and prints one result per file in the
 * order given; with {@code --server} a running service checks them ({@link RemoteCheck}). With {@code --explain} the text format prints, under each finding, the wording and
 * version of every provision it cites (the JSON format always carries them, as {@code provisions}). Exit status 0 when no finding is an ERROR, 1 when any is, 2 on bad usage or when a
 * file cannot be read (a one-line message naming the file; nothing is checked then), 3 when the check
 * itself failed (a defect of Nämndkoll: one line naming the file, no stack trace).
 */
public final class CheckCommand {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** Largest file the command reads. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    static final String USAGE_TEXT = """
            Användning: java -jar namndkoll.jar check [--committee ID|FIL.json] [--as-of ÅÅÅÅ-MM-DD] [--format text|json] [--explain] [--server URL] FIL...
              FIL          dokument (.txt, .pdf, .docx) eller fall i JSON (.json, som i POST /api/v1/checks)
              --committee  nämndens id (%s) eller en nämnd i JSON (till exempel från committee draft); utan den känns nämnden igen ur texten
              --as-of      bedömningsdag; utan den gäller dokumentets sammanträdesdatum (eller dagens datum)
              --format     text (standard) eller json
              --explain    visa lagtexten (lydelse och version) för varje lagrum som en anmärkning hänvisar till
              --server     skicka filerna till en tjänst som körs (http://värd:8080), som granskar dem med sina
                           registrerade nämnder; --committee är då ett id i tjänstens register
              -h, --help   visar den här texten
            Slutstatus:
              0  inga fel (ERROR); resultatet kan ändå vara Delvis granskad när nämndens regler inte kunde prövas
              1  minst ett fel (ERROR) i någon fil
              2  felaktig användning, eller en fil som inte kan läsas (en rad per fel på standard error; inget granskas)
              3  granskningen misslyckades av ett internt fel i Nämndkoll (en rad på standard error)""";

    /** The usage text with the bundled committees' ids. */
    public static String usage() {
        return USAGE_TEXT.formatted(String.join(", ", ReferenceCommittees.ids()));
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final boolean colour;
    private final Supplier<RuleEngine> engines;

    CheckCommand(PrintStream out, PrintStream err, Clock clock, boolean colour) {
        this(out, err, clock, colour, RuleEngine::create);
    }

    CheckCommand(PrintStream out, PrintStream err, Clock clock, boolean colour, Supplier<RuleEngine> engines) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.colour = colour;
        this.engines = engines;
    }

    /** Entry point from the application's main method: runs, flushes and returns the exit status. */
    public static int run(String[] args) {
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        return StandardStreams.run((out, err) -> new CheckCommand(out, err, Clock.systemDefaultZone(), colour).execute(args));
    }

    /** Parsed arguments. */
    record Arguments(String committee, LocalDate asOf, String format, boolean explain, List<Path> files, String server) {
    }

    int execute(String[] args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(oneLine("namndkoll check: " + e.getMessage()));
            err.println(usage());
            return USAGE;
        }
        if (a == null) {
            out.println(usage());
            return OK;
        }
        if (a.server() != null) { // a running service checks: no rule set here, and a plain mapper for its JSON
            return new RemoteCheck(out, err, new ObjectMapper()).execute(a);
        }
        Timing timing = new Timing(Boolean.getBoolean("namndkoll.timing") ? err : null);
        // Loading the compiled rule set takes longest: do it on the second core while the files are read.
        CompletableFuture<RuleEngine> loading = CompletableFuture.supplyAsync(engines,
                runnable -> {
                    Thread t = new Thread(runnable, "rule-engine-loader");
                    t.setDaemon(true);
                    t.start();
                });
        ObjectMapper json = JsonConfiguration.limitTokens(RulesJson.mapper(),
                NamndkollProperties.Limits.DEFAULT_MAX_JSON_TOKENS);
        Committee committee;
        try {
            committee = committee(a.committee(), json);
        } catch (IllegalArgumentException e) {
            e.getMessage().lines().forEach(line -> err.println(oneLine("namndkoll check: " + line)));
            return USAGE;
        }
        // Read every file first: an unreadable one stops the run before anything is checked.
        List<Committee> registry = ReferenceCommittees.all();
        DocumentImporter importer = new StandardDocumentImporter(clock);
        List<Checked> inputs = new ArrayList<>();
        boolean unreadable = false;
        timing.lap("arguments and reference committees");
        for (Path file : a.files()) {
            try {
                inputs.add(read(file, committee, registry, a.asOf(), importer, json));
                timing.lap("import " + file.getFileName());
            } catch (UnreadableInput e) {
                e.lines().forEach(line -> err.println(oneLine("namndkoll check: " + line)));
                unreadable = true;
            }
        }
        if (unreadable) {
            return USAGE;
        }
        RuleEngine engine = loading.join();
        timing.lap("waiting for the rule engine (loaded in parallel)");
        List<Result> results = new ArrayList<>();
        for (Checked c : inputs) {
            Report report;
            try {
                report = engine.check(c.input());
            } catch (IllegalArgumentException e) {
                err.println(oneLine("namndkoll check: " + c.source() + ": " + e.getMessage()));
                return USAGE;
            } catch (RuntimeException e) {
                err.println(oneLine("namndkoll check: " + c.source() + ": kontrollen misslyckades av ett internt fel i Nämndkoll "
                        + "(regeluppsättning " + engine.ruleSetVersion() + "); rapportera det gärna med filen"));
                return INTERNAL;
            }
            timing.lap("check " + c.source());
            results.add(new Result(c.source(), c.kinds(), c.committeeId(), c.body(), report));
        }
        if (a.format().equals("json")) {
            out.println(JsonOutput.render(engine.ruleSetVersion(), results));
        } else {
            out.print(new TextOutput(colour, a.explain()).render(results));
        }
        timing.lap("output");
        timing.total();
        boolean error = results.stream().anyMatch(r -> r.report().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
        return error ? FINDINGS : OK;
    }

    /** Phase times on standard error, with -Dnamndkoll.timing=true (for docs/performance.md). */
    static final class Timing {
        private final PrintStream to;
        private final long start = System.nanoTime();
        private long last = start;

        Timing(PrintStream to) {
            this.to = to;
            if (to != null) {
                long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
                to.printf("timing: %6d ms  JVM start until the command runs%n", jvm);
            }
        }

        void lap(String what) {
            long now = System.nanoTime();
            if (to != null) {
                to.printf("timing: %6d ms  %s%n", (now - last) / 1_000_000, what);
            }
            last = now;
        }

        void total() {
            if (to != null) {
                to.printf("timing: %6d ms  total in the command (JVM uptime %d ms)%n", (System.nanoTime() - start) / 1_000_000,
                        ManagementFactory.getRuntimeMXBean().getUptime());
            }
        }
    }

    /** One file read, ready to check; {@code body} is the committee checked against or the body the document names, or null. */
    record Checked(String source, List<String> kinds, String committeeId, Body body, Case input) {
    }

    /** One file checked. */
    record Result(String source, List<String> kinds, String committeeId, Body body, Report report) {
    }

    static Arguments parse(String[] args) {
        String committee = null;
        LocalDate asOf = null;
        String format = "text";
        boolean explain = false;
        String server = null;
        List<Path> files = new ArrayList<>();
        List<String> list = Flags.split(args, args.length > 0 && args[0].equals("check") ? 1 : 0);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--committee" -> committee = Flags.value(list, ++i, arg);
                case "--explain" -> explain = true;
                case "--server" -> server = Flags.value(list, ++i, arg);
                case "--as-of" -> asOf = Flags.date(arg, Flags.value(list, ++i, arg));
                case "--format" -> format = Flags.format(arg, Flags.value(list, ++i, arg));
                case "--" -> {
                    for (i++; i < list.size(); i++) {
                        files.add(Path.of(list.get(i)));
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("okänd flagga " + arg);
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("ange minst en fil att kontrollera");
        }
        return new Arguments(committee, asOf, format, explain, files, server);
    }

    static Committee committee(String spec, ObjectMapper json) {
        if (spec == null) {
            return null;
        }
        var bundled = ReferenceCommittees.find(spec);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        Path path = Path.of(spec);
        if (!spec.endsWith(".json") || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--committee " + spec + ": ingen känd nämnd med det id:t (" + String.join(", ", ReferenceCommittees.ids())
                    + ") och ingen JSON-fil med det namnet");
        }
        try {
            return new CaseReader(json, CaseReader.Committees.of(List.of())).committee(jsonObject(Files.readAllBytes(path), "--committee " + spec, json),
                    null);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(String.join("\n", inWords("--committee " + spec, e.errors())));
        } catch (UnreadableInput e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("--committee " + spec + ": filen kan inte läsas");
        }
    }

    /** A file that cannot be read; each line of the message names it and says one thing that is wrong. */
    static final class UnreadableInput extends Exception {
        private final List<String> lines;

        UnreadableInput(String message) {
            this(List.of(message));
        }

        UnreadableInput(List<String> lines) {
            super(String.join("\n", lines));
            this.lines = List.copyOf(lines);
        }

        List<String> lines() {
            return lines;
        }
    }

    /** Input errors said at most, one line each; then how many more there were. */
    static final int MAX_ERROR_LINES = 20;

    /** The API's error texts; made when first needed, after the command line's logging is set up (run()). */
    private static final class Texts {
        static final ProblemTexts INSTANCE = new ProblemTexts();
    }

    /** Every error of a JSON file in words, one line each naming the file and the value: "fall.json: /evaluationDate: Ogiltigt datum …". */
    static List<String> inWords(String source, List<InputError> errors) {
        List<String> lines = new ArrayList<>();
        for (InputError e : errors.subList(0, Math.min(errors.size(), MAX_ERROR_LINES))) {
            lines.add(source + ": " + (e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + Texts.INSTANCE.errorText(e, ProblemTexts.SWEDISH));
        }
        if (errors.size() > MAX_ERROR_LINES) {
            lines.add(source + ": och " + (errors.size() - MAX_ERROR_LINES) + " fel till");
        }
        return lines;
    }

    /** A JSON object from a file, or why the file is not one (in words). */
    private static ObjectNode jsonObject(byte[] bytes, String what, ObjectMapper json) throws UnreadableInput {
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableInput(what + ": " + syntax(e));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new UnreadableInput(what + ": " + Texts.INSTANCE.errorText(InputError.at("", "wrong-type", Map.of("expected", "object")),
                    ProblemTexts.SWEDISH));
        }
        return object;
    }

    /** A JSON file that cannot be parsed, in words. */
    private static String syntax(IOException e) {
        if (JsonInputErrors.exceedsLimits(e)) {
            return "JSON:en överskrider gränserna för djup, längd eller antal värden";
        }
        if (e instanceof StreamReadException r && r.getLocation() != null) {
            return "är inte giltig JSON (rad " + r.getLocation().getLineNr() + ", kolumn " + r.getLocation().getColumnNr() + ")";
        }
        return "är inte giltig JSON";
    }

    static Checked read(Path file, Committee committee, List<Committee> registry, LocalDate asOf, DocumentImporter importer, ObjectMapper json)
            throws UnreadableInput {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableInput(source + ": filen är större än " + MAX_FILE_BYTES / (1024 * 1024) + " MB, mer än kommandot läser");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInput(source + ": filen finns inte");
        } catch (IOException e) {
            throw new UnreadableInput(source + ": " + ioReason(file, e));
        }
        CaseReader cases = new CaseReader(json, CaseReader.Committees.of(registry));
        if (source.toLowerCase(Locale.ROOT).endsWith(".json")) {
            Case c;
            try {
                c = cases.read(jsonObject(bytes, source, json), "", asOf).input();
            } catch (InvalidInputException e) {
                List<String> lines = inWords(source, e.errors());
                if (e.errors().stream().anyMatch(error -> error.code().equals("evaluation-date-missing"))) {
                    lines.add(source + ": ange bedömningsdagen med --as-of");
                }
                throw new UnreadableInput(lines);
            } catch (NotFoundException e) {
                String wanted = oneLine(e.id());
                throw new UnreadableInput(source + ": committeeId " + (wanted.length() > 200 ? wanted.substring(0, 200) + "…" : wanted)
                        + " är ingen av kommandots nämnder (" + String.join(", ", ReferenceCommittees.ids()) + ")");
            }
            if (committee != null) {
                c = c.withCommittee(committee);
            }
            return new Checked(source, JsonOutput.kindsOf(c), c.committee() == null ? null : c.committee().id(),
                    c.committee() == null || c.committee().name() == null ? null : new Body(c.committee().name(), true), c);
        }
        try {
            ImportedDocument d = importer.read(file.getFileName().toString(), bytes, new ImportOptions(committee, registry, asOf));
            // as the service: a document read into more than the fact model takes is not checked (never a pass on it)
            try {
                cases.validate(d.input());
            } catch (InvalidInputException beyond) {
                throw new UnreadableInput(source + ": innehåller mer än kommandot kan kontrollera ("
                        + beyond.errors().stream().map(InputError::pointer).distinct().limit(3).collect(Collectors.joining(", ")) + ")");
            }
            return new Checked(source, d.kinds().stream().map(Enum::name).toList(), d.committeeId(), d.body(), d.input());
        } catch (UnreadableDocumentException e) {
            throw new UnreadableInput(source + ": " + oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableInput(source + ": kunde inte läsas som dokument (filen är skadad eller i ett format som inte stöds)");
        }
    }

    /** Messages are one line each, whatever a file name or a library put in them. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }

    /** Why a file could not be read, in words. */
    private static String ioReason(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "är en katalog, inte en fil";
        }
        if (e instanceof AccessDeniedException) {
            return "kan inte läsas: behörighet saknas";
        }
        return "kan inte läsas (ett fel i filsystemet)";
    }
}
