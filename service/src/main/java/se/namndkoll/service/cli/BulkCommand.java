package se.namndkoll.service.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.rules.report.Report;
import se.namndkoll.service.api.ProblemTexts;
import se.namndkoll.service.api.Problems;
import se.namndkoll.service.api.ReportMapper;
import se.namndkoll.service.check.CheckOutcome;
import se.namndkoll.service.check.RuleCatalogueService;
import se.namndkoll.service.config.JsonConfiguration;
import se.namndkoll.service.config.NamndkollProperties;
import se.namndkoll.service.kafka.CloudEvents;

/**
 * {@code bulk --out DIR [--committee ID|FILE.json] [--as-of YYYY-MM-DD] [--threads N] [--kafka …] DIR-OF-DOCUMENTS}:
 * checks every document under a folder (.txt, .pdf, .docx, and cases in .json, as {@code check}
 * reads them) and writes one report per document, as the API gives it
 * ({@code OUT/<path>.json}; a document that cannot be checked gets {@code OUT/<path>.problem.json}
 * with the API's problem details), and a summary ({@code OUT/summary.json}, and on standard output):
 * documents by verdict, findings by rule.
 *
 * <p>Without {@code --kafka} the documents are checked in this process on every core, as
 * {@code check} checks them (the bundled committees; no server, no decision log). With
 * {@code --kafka} they are sent to the service's request topic and the answers are collected from
 * its reply topic: the instances consuming the topic check them (with their registry and decision
 * log). Progress goes to standard error. Exit status: 0 every document checked; 1 some could not be
 * read (each has its problem file); 2 bad usage; 3 some checks failed in Nämndkoll or got no answer.
 */
public final class BulkCommand {

    static final String USAGE_TEXT = """
            Användning: java -jar namndkoll.jar bulk --out KATALOG [--committee ID|FIL.json] [--as-of ÅÅÅÅ-MM-DD] [--threads N]
                                                [--kafka [--bootstrap-servers VÄRD:PORT] [--request-topic ÄMNE] [--reply-topic ÄMNE]
                                                 [--timeout SEKUNDER]] DOKUMENTKATALOG
              DOKUMENTKATALOG  alla dokument (.txt, .pdf, .docx) och fall (.json) i katalogen och dess underkataloger
              --out            här skrivs en rapport per dokument (SÖKVÄG.json, eller SÖKVÄG.problem.json) och summary.json
              --committee      nämndens id (%s) eller en nämnd i JSON; utan den känns nämnden igen ur texten
              --as-of          prövningsdag; utan den gäller dokumentets sammanträdesdatum (eller dagens datum)
              --threads        trådar som kontrollerar (standard: en per processorkärna)
              --kafka          skicka dokumenten till tjänstens Kafka-ämne och samla svaren (tjänsten kontrollerar)
              --timeout        med --kafka: sekunder utan något svar innan kommandot ger upp (standard 600)
            Slutstatus: 0 alla kontrollerade, 1 några kunde inte läsas, 2 felaktig användning, 3 några kontroller misslyckades
            eller fick inget svar.""";

    static final int OK = 0;
    static final int UNREADABLE = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private static final ObjectMapper JSON = RulesJson.builder().build()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final Supplier<RuleEngine> engines;
    private final boolean terminal;

    BulkCommand(PrintStream out, PrintStream err, Clock clock, Supplier<RuleEngine> engines, boolean terminal) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.engines = engines;
        this.terminal = terminal;
    }

    public static int run(String[] args) {
        return StandardStreams.run((out, err) -> run(args, out, err, System.console() != null));
    }

    /** Runs the command with the given output streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        return new BulkCommand(out, err, Clock.systemDefaultZone(), RuleEngine::create, terminal).execute(args);
    }

    /** Parsed arguments. */
    record Arguments(Path in, Path out, String committee, LocalDate asOf, int threads, boolean kafka, String bootstrapServers,
            String requestTopic, String replyTopic, Duration timeout) {
    }

    static Arguments parse(String[] args) {
        Path in = null;
        Path outDir = null;
        String committee = null;
        LocalDate asOf = null;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean kafka = false;
        String bootstrap = "localhost:9092";
        String requestTopic = "namndkoll.check.requests";
        String replyTopic = "namndkoll.check.replies";
        Duration timeout = Duration.ofSeconds(600);
        List<String> list = Flags.split(args, args.length > 0 && args[0].equals("bulk") ? 1 : 0);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--out" -> outDir = Path.of(Flags.value(list, ++i, arg));
                case "--committee" -> committee = Flags.value(list, ++i, arg);
                case "--as-of" -> asOf = Flags.date(arg, Flags.value(list, ++i, arg));
                case "--threads" -> threads = Flags.positive(arg, Flags.value(list, ++i, arg));
                case "--kafka" -> kafka = true;
                case "--bootstrap-servers" -> bootstrap = Flags.value(list, ++i, arg);
                case "--request-topic" -> requestTopic = Flags.value(list, ++i, arg);
                case "--reply-topic" -> replyTopic = Flags.value(list, ++i, arg);
                case "--timeout" -> timeout = Duration.ofSeconds(Flags.positive(arg, Flags.value(list, ++i, arg)));
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("okänd flagga " + arg);
                    }
                    if (in != null) {
                        throw new IllegalArgumentException("ange en enda dokumentkatalog (fick " + in + " och " + arg + ")");
                    }
                    in = Path.of(arg);
                }
            }
        }
        if (in == null) {
            throw new IllegalArgumentException("ange katalogen med dokument");
        }
        if (outDir == null) {
            throw new IllegalArgumentException("ange --out KATALOG, där rapporterna skrivs");
        }
        return new Arguments(in, outDir, committee, asOf, threads, kafka, bootstrap, requestTopic, replyTopic, timeout);
    }

    int execute(String[] args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(CheckCommand.oneLine("namndkoll bulk: " + e.getMessage()));
            err.println(USAGE_TEXT.formatted(String.join(", ", ReferenceCommittees.ids())));
            return USAGE;
        }
        if (a == null) {
            out.println(USAGE_TEXT.formatted(String.join(", ", ReferenceCommittees.ids())));
            return OK;
        }
        List<Path> files;
        try {
            files = documents(a.in());
            Files.createDirectories(a.out());
            if (!Files.isWritable(a.out())) {
                throw new IOException("får inte skriva där");
            }
        } catch (IllegalArgumentException e) {
            err.println(CheckCommand.oneLine("namndkoll bulk: " + e.getMessage()));
            return USAGE;
        } catch (IOException e) {
            err.println(CheckCommand.oneLine("namndkoll bulk: " + a.out() + ": katalogen kan inte skapas eller skrivas (" + e.getMessage() + ")"));
            return USAGE;
        }
        if (files.isEmpty()) {
            err.println("namndkoll bulk: " + a.in() + ": inga dokument (.txt, .pdf, .docx, .json) i katalogen");
            return USAGE;
        }
        Summary summary = new Summary(files.size());
        Progress progress = new Progress(files.size(), err, terminal);
        int status;
        if (a.kafka()) {
            if (a.committee() != null && a.committee().endsWith(".json")) {
                err.println("namndkoll bulk: --committee med --kafka är ett id i tjänstens register, inte en fil");
                return USAGE;
            }
            status = new KafkaBulk(a, files, summary, progress).run();
        } else {
            status = local(a, files, summary, progress);
        }
        if (status == USAGE) {
            return status;
        }
        progress.done();
        try {
            Files.writeString(a.out().resolve("summary.json"), JSON.writeValueAsString(summary.json(a.kafka() ? "kafka" : "local",
                    progress.seconds())));
        } catch (IOException e) {
            err.println(CheckCommand.oneLine("namndkoll bulk: summary.json kan inte skrivas (" + e.getMessage() + ")"));
            return USAGE;
        }
        out.print(summary.text(progress.seconds()));
        return summary.failed.get() > 0 || summary.missing() > 0 ? FAILED : summary.unreadable.get() > 0 ? UNREADABLE : OK;
    }

    /** Every document and case under {@code in}, in a stable order. */
    static List<Path> documents(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            throw new IllegalArgumentException(in + ": katalogen finns inte");
        }
        try (Stream<Path> walk = Files.walk(in)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".txt") || name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".json");
            }).sorted().toList();
        }
    }

    // ---- checking here ----------------------------------------------------------------------------

    private int local(Arguments a, List<Path> files, Summary summary, Progress progress) {
        CompletableFuture<RuleEngine> loading = CompletableFuture.supplyAsync(engines, r -> {
            Thread t = new Thread(r, "rule-engine-loader");
            t.setDaemon(true);
            t.start();
        });
        ObjectMapper json = JsonConfiguration.limitTokens(RulesJson.mapper(),
                NamndkollProperties.Limits.DEFAULT_MAX_JSON_TOKENS);
        Committee committee;
        try {
            committee = CheckCommand.committee(a.committee(), json);
        } catch (IllegalArgumentException e) {
            err.println(CheckCommand.oneLine("namndkoll bulk: " + e.getMessage()));
            return USAGE;
        }
        List<Committee> registry = ReferenceCommittees.all();
        StandardDocumentImporter importer = new StandardDocumentImporter(clock);
        RuleEngine engine = loading.join();
        ReportMapper reports = new ReportMapper(new RuleCatalogueService(engine));
        Problems problems = new Problems(new ProblemTexts(), null);
        progress.start();
        ExecutorService pool = Executors.newFixedThreadPool(a.threads());
        for (Path file : files) {
            pool.execute(() -> {
                Path relative = a.in().relativize(file);
                try {
                    CheckCommand.Checked checked;
                    try {
                        checked = CheckCommand.read(file, committee, registry, a.asOf(), importer, json);
                    } catch (CheckCommand.UnreadableInput e) {
                        String reason = e.getMessage().startsWith(file.toString() + ": ") ? e.getMessage().substring(file.toString().length() + 2)
                                : e.getMessage();
                        write(a.out(), relative, true, Problems.json(problems.unreadable(new UnreadableDocumentException(relative.toString(), reason),
                                ProblemTexts.SWEDISH, null)));
                        summary.unreadable.incrementAndGet();
                        return;
                    }
                    Report report = engine.check(checked.input());
                    write(a.out(), relative, false, reports.report(new CheckOutcome(null, checked.committeeId(), report), ProblemTexts.SWEDISH));
                    summary.add(report.verdict().name(), report.findings().stream().map(f -> f.ruleId()).toList());
                } catch (RuntimeException | IOException | StackOverflowError e) {
                    String errorId = UUID.randomUUID().toString();
                    err.println(CheckCommand.oneLine("namndkoll bulk: " + relative + ": kontrollen misslyckades av ett internt fel i Nämndkoll ("
                            + e.getClass().getSimpleName() + ", fel-id " + errorId + ")"));
                    summary.failed.incrementAndGet();
                    try {
                        write(a.out(), relative, true, Problems.json(problems.internal(errorId, ProblemTexts.SWEDISH, null)));
                    } catch (IOException ignored) {
                        // counted and reported above
                    }
                } finally {
                    progress.advance();
                }
            });
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                progress.show();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        summary.ruleSetVersion = engine.ruleSetVersion();
        return OK;
    }

    static void write(Path outDir, Path relative, boolean problem, Object body) throws IOException {
        Path target = outDir.resolve(relative.toString() + (problem ? ".problem.json" : ".json"));
        Files.createDirectories(target.getParent());
        Files.write(target, JSON.writeValueAsBytes(body));
    }

    static void write(Path outDir, Path relative, boolean problem, byte[] json) throws IOException {
        Path target = outDir.resolve(relative.toString() + (problem ? ".problem.json" : ".json"));
        Files.createDirectories(target.getParent());
        Files.write(target, JSON.writeValueAsBytes(JSON.readTree(json)));
    }

    // ---- through Kafka ----------------------------------------------------------------------------

    /** Sends the documents to the request topic and collects the answers from the reply topic. */
    private final class KafkaBulk {
        private final Arguments a;
        private final List<Path> files;
        private final Summary summary;
        private final Progress progress;
        private final Map<String, Path> pending = new ConcurrentHashMap<>();

        KafkaBulk(Arguments a, List<Path> files, Summary summary, Progress progress) {
            this.a = a;
            this.files = files;
            this.summary = summary;
            this.progress = progress;
        }

        int run() {
            Properties common = new Properties();
            common.put("bootstrap.servers", a.bootstrapServers());
            Properties consumerConfig = new Properties();
            consumerConfig.putAll(common);
            consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            Properties producerConfig = new Properties();
            producerConfig.putAll(common);
            producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
            producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
            String source = "/namndkoll/bulk/" + UUID.randomUUID();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig);
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig)) {
                List<PartitionInfo> partitions = consumer.partitionsFor(a.replyTopic(), Duration.ofSeconds(30));
                if (partitions == null || partitions.isEmpty()) {
                    err.println("namndkoll bulk: svarsämnet " + a.replyTopic() + " finns inte på " + a.bootstrapServers()
                            + " (startar tjänsten med namndkoll.kafka.enabled=true skapar den det)");
                    return USAGE;
                }
                List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(assigned);
                consumer.seekToEnd(assigned);
                assigned.forEach(consumer::position); // fixes the start before anything is sent
                progress.start();
                Thread sender = new Thread(() -> send(producer, source), "bulk-sender");
                sender.start();
                long lastAnswer = System.nanoTime();
                while (summary.answered() < files.size()) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        Path relative = record.key() == null ? null : pending.remove(record.key());
                        if (relative == null) {
                            continue; // another run's answer
                        }
                        answer(relative, record);
                        lastAnswer = System.nanoTime();
                        progress.advance();
                    }
                    progress.show();
                    if (System.nanoTime() - lastAnswer > a.timeout().toNanos() && !sender.isAlive()) {
                        err.println("namndkoll bulk: inget svar på " + a.timeout().toSeconds() + " s; " + pending.size()
                                + " dokument utan svar (körs tjänsten med namndkoll.kafka.enabled=true?)");
                        break;
                    }
                }
                sender.join();
            } catch (KafkaException e) {
                err.println(CheckCommand.oneLine("namndkoll bulk: Kafka på " + a.bootstrapServers() + " kan inte nås (" + e.getMessage() + ")"));
                return USAGE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            summary.noAnswer.set(pending.size());
            return OK;
        }

        private void send(KafkaProducer<String, byte[]> producer, String source) {
            for (Path file : files) {
                Path relative = a.in().relativize(file);
                String id = UUID.randomUUID().toString();
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    notSent(relative, "filen kan inte läsas (" + e.getMessage() + ")");
                    continue;
                }
                boolean isCase = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(a.requestTopic(), id, bytes);
                var h = record.headers();
                CloudEvents.put(h, CloudEvents.SPECVERSION, CloudEvents.SPEC_VERSION);
                CloudEvents.put(h, CloudEvents.ID, id);
                CloudEvents.put(h, CloudEvents.SOURCE, source);
                CloudEvents.put(h, CloudEvents.TYPE, isCase ? CloudEvents.CASE_CHECK : CloudEvents.DOCUMENT_CHECK);
                CloudEvents.put(h, CloudEvents.FILENAME, trimmed(file.getFileName().toString()));
                if (isCase) {
                    CloudEvents.put(h, CloudEvents.CONTENT_TYPE, "application/json");
                }
                if (a.committee() != null && !isCase) {
                    CloudEvents.put(h, CloudEvents.COMMITTEE, a.committee());
                }
                if (a.asOf() != null) {
                    CloudEvents.put(h, CloudEvents.EVALUATION_DATE, a.asOf().toString());
                }
                pending.put(id, relative);
                try {
                    producer.send(record, (metadata, e) -> {
                        if (e != null && pending.remove(id) != null) {
                            notSent(relative, "kunde inte skickas till " + a.requestTopic() + " (" + e.getMessage() + ")");
                        }
                    });
                } catch (KafkaException e) {
                    pending.remove(id);
                    notSent(relative, "kunde inte skickas till " + a.requestTopic() + " (" + e.getMessage() + ")");
                }
            }
            producer.flush();
        }

        /** A document that never reached the topic: counted as failed. */
        private void notSent(Path relative, String reason) {
            err.println(CheckCommand.oneLine("namndkoll bulk: " + relative + ": " + reason));
            summary.failed.incrementAndGet();
            progress.advance();
        }

        private void answer(Path relative, ConsumerRecord<String, byte[]> record) {
            try {
                JsonNode body = JSON.readTree(record.value());
                boolean problem = CloudEvents.PROBLEM.equals(CloudEvents.text(record.headers(), CloudEvents.TYPE));
                write(a.out(), relative, problem, record.value());
                if (problem) {
                    (body.path("status").asInt(500) >= 500 ? summary.failed : summary.unreadable).incrementAndGet();
                } else {
                    List<String> rules = new ArrayList<>();
                    body.path("findings").forEach(f -> rules.add(f.path("ruleId").asText()));
                    summary.add(body.path("verdict").asText(), rules);
                    if (summary.ruleSetVersion == null) {
                        summary.ruleSetVersion = body.path("ruleSetVersion").asText(null);
                    }
                }
            } catch (IOException e) {
                err.println(CheckCommand.oneLine("namndkoll bulk: " + relative + ": svaret kan inte läsas eller skrivas (" + e.getMessage() + ")"));
                summary.failed.incrementAndGet();
            }
        }

        private static String trimmed(String name) {
            return name.length() > 300 ? name.substring(0, 300) : name;
        }
    }

    // ---- summary and progress ---------------------------------------------------------------------

    /** What the run found: documents by verdict, findings by rule. */
    static final class Summary {
        final int documents;
        final Map<String, AtomicInteger> verdicts = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> findings = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> documentsWith = new ConcurrentHashMap<>();
        final AtomicInteger unreadable = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger noAnswer = new AtomicInteger();
        volatile String ruleSetVersion;

        Summary(int documents) {
            this.documents = documents;
        }

        void add(String verdict, List<String> rules) {
            verdicts.computeIfAbsent(verdict, v -> new AtomicInteger()).incrementAndGet();
            rules.forEach(r -> findings.computeIfAbsent(r, x -> new AtomicInteger()).incrementAndGet());
            rules.stream().distinct().forEach(r -> documentsWith.computeIfAbsent(r, x -> new AtomicInteger()).incrementAndGet());
        }

        int checked() {
            return verdicts.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        int answered() {
            return checked() + unreadable.get() + failed.get();
        }

        int missing() {
            return noAnswer.get();
        }

        ObjectNode json(String mode, double seconds) {
            ObjectNode root = JSON.createObjectNode();
            root.put("mode", mode);
            root.put("ruleSetVersion", ruleSetVersion);
            root.put("documents", documents);
            ObjectNode byVerdict = root.putObject("byVerdict");
            for (String v : List.of("PASS", "WARN", "FAIL")) {
                byVerdict.put(v, verdicts.getOrDefault(v, new AtomicInteger()).get());
            }
            root.put("unreadable", unreadable.get());
            root.put("failed", failed.get());
            root.put("noAnswer", noAnswer.get());
            ObjectNode byRule = root.putObject("findingsByRule");
            new TreeMap<>(findings).forEach((rule, n) -> {
                ObjectNode r = byRule.putObject(rule);
                r.put("findings", n.get());
                r.put("documents", documentsWith.get(rule).get());
            });
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            root.put("documentsPerSecond", seconds > 0 ? Math.round(documents / seconds * 10) / 10.0 : 0);
            return root;
        }

        String text(double seconds) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%d dokument på %.1f s (%.1f dokument/s)%n", documents, seconds,
                    seconds > 0 ? documents / seconds : 0));
            sb.append(String.format("  utan anmärkning (PASS) %d, varningar (WARN) %d, fel (FAIL) %d%n",
                    verdicts.getOrDefault("PASS", new AtomicInteger()).get(), verdicts.getOrDefault("WARN", new AtomicInteger()).get(),
                    verdicts.getOrDefault("FAIL", new AtomicInteger()).get()));
            if (unreadable.get() + failed.get() + noAnswer.get() > 0) {
                sb.append(String.format("  kunde inte läsas %d, kontrollen misslyckades %d, utan svar %d%n", unreadable.get(), failed.get(),
                        noAnswer.get()));
            }
            if (!findings.isEmpty()) {
                sb.append("Anmärkningar per regel (anmärkningar i dokument):\n");
                findings.entrySet().stream()
                        .sorted((x, y) -> y.getValue().get() != x.getValue().get() ? y.getValue().get() - x.getValue().get()
                                : x.getKey().compareTo(y.getKey()))
                        .forEach(e -> sb.append(String.format("  %-28s %6d i %d%n", e.getKey(), e.getValue().get(),
                                documentsWith.get(e.getKey()).get())));
            }
            return sb.toString();
        }
    }

    /** Progress on standard error: one line rewritten on a terminal, else a line every five seconds. */
    static final class Progress {
        private final int total;
        private final PrintStream err;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicLong lastShown = new AtomicLong();
        private volatile long start = System.nanoTime();

        Progress(int total, PrintStream err, boolean terminal) {
            this.total = total;
            this.err = err;
            this.terminal = terminal;
        }

        void start() {
            start = System.nanoTime();
            lastShown.set(start);
        }

        void advance() {
            done.incrementAndGet();
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        void show() {
            long now = System.nanoTime();
            long last = lastShown.get();
            if (now - last < (terminal ? 500_000_000L : 5_000_000_000L) || !lastShown.compareAndSet(last, now)) {
                return;
            }
            print(terminal ? "\r" : "", terminal ? "" : "\n");
        }

        void done() {
            print(terminal ? "\r" : "", "\n");
        }

        private void print(String before, String after) {
            int n = done.get();
            double s = seconds();
            double rate = s > 0 ? n / s : 0;
            String left = rate > 0 && n < total ? ", ca " + Math.max(1, Math.round((total - n) / rate)) + " s kvar" : "";
            err.print(String.format(Locale.ROOT, "%s%d av %d dokument (%d %%), %.1f dokument/s%s%s", before, n, total,
                    total == 0 ? 100 : n * 100 / total, rate, left, after));
            err.flush();
        }
    }
}
