package se.namndkoll.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.namndkoll.service.NamndkollApplication;
import se.namndkoll.service.check.CheckService;
import se.namndkoll.service.cli.BulkCommand;
import se.namndkoll.service.evaluation.EvaluationLog;
import se.namndkoll.service.security.Caller;

/**
 * Checks requested through Kafka, against Kafka's own server started in this JVM (KRaft, one broker
 * for every test here): documents and cases answered on the reply topic as the API answers them,
 * requests that cannot be read or checked answered with the API's problem details and kept on the
 * dead-letter topic, a redelivered request logged once, two instances sharing the partitions, and
 * the bulk command's {@code --kafka} mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "namndkoll.kafka.enabled=true",
    "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
    "namndkoll.kafka.concurrency=2",
    "namndkoll.kafka.partitions=4"})
@EmbeddedKafka(kraft = true, count = 1, partitions = 4)
class KafkaChecksTest {

    private static final String SOURCE = "/test/arendesystemet";
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("namndkoll-kafka-test");
        registry.add("namndkoll.data-dir", dataDir::toString);
    }

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @LocalServerPort
    int port;
    @Autowired
    KafkaSettings settings;
    @Autowired
    EvaluationLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @MockitoSpyBean
    CheckService checks;
    @MockitoSpyBean
    @SuppressWarnings("rawtypes")
    KafkaTemplate template;

    private final ObjectMapper json = new ObjectMapper();
    private static KafkaProducer<String, byte[]> producer;
    private static Answers answers;

    @BeforeAll
    static void clients(@Value("${spring.embedded.kafka.brokers}") String brokers) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", brokers), new StringSerializer(), new ByteArraySerializer());
        answers = new Answers(brokers);
    }

    @AfterAll
    static void closeClients() {
        producer.close();
        answers.close();
    }

    /** Collects the reply and dead-letter topics, by key. */
    static final class Answers implements AutoCloseable {
        final Map<String, List<ConsumerRecord<String, byte[]>>> byKey = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread poller;
        private volatile boolean open = true;

        Answers(String brokers) {
            Map<String, Object> props = KafkaTestUtils.consumerProps(brokers, "test-answers-" + UUID.randomUUID(), "false");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of("namndkoll.check.replies", "namndkoll.check.dead-letter"));
            poller = new Thread(() -> {
                while (open) {
                    try {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                            byKey.computeIfAbsent(r.topic() + "/" + r.key(), k -> new CopyOnWriteArrayList<>()).add(r);
                        }
                    } catch (WakeupException e) {
                        return;
                    }
                }
            }, "test-answers");
            poller.start();
        }

        List<ConsumerRecord<String, byte[]>> await(String topic, String key, int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                List<ConsumerRecord<String, byte[]>> found = byKey.getOrDefault(topic + "/" + key, List.of());
                if (found.size() >= count) {
                    return found;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no " + count + " records with key " + key + " on " + topic + " within 60 s");
        }

        @Override
        public void close() {
            open = false;
            consumer.wakeup();
            try {
                poller.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumer.close();
        }
    }

    private String send(String type, byte[] body, Map<String, String> headers) throws Exception {
        String id = UUID.randomUUID().toString();
        send(id, type, body, headers);
        return id;
    }

    private void send(String id, String type, byte[] body, Map<String, String> headers) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(settings.requestTopic(), id, body);
        CloudEvents.put(record.headers(), CloudEvents.SPECVERSION, "1.0");
        CloudEvents.put(record.headers(), CloudEvents.ID, id);
        CloudEvents.put(record.headers(), CloudEvents.SOURCE, SOURCE);
        CloudEvents.put(record.headers(), CloudEvents.TYPE, type);
        headers.forEach((k, v) -> CloudEvents.put(record.headers(), k, v));
        producer.send(record).get();
    }

    private JsonNode reply(String id) throws Exception {
        return json.readTree(answers.await(settings.replyTopic(), id, 1).get(0).value());
    }

    private ObjectNode withoutId(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("evaluationId");
        return copy;
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDateHeaderJudgesACaseOnThatDayAsTheCommandLinesAsOfDoes() throws Exception {
        String id = send(CloudEvents.CASE_CHECK, Files.readAllBytes(EXAMPLES.resolve("check-quorum.json")),
                Map.of(CloudEvents.EVALUATION_DATE, "2021-05-04"));
        assertThat(reply(id).at("/evaluationDate").asText()).isEqualTo("2021-05-04");
    }

    @Test
    void aDocumentIsCheckedAsTheApiChecksIt() throws Exception {
        byte[] document = Files.readAllBytes(EXAMPLES.resolve("protokoll-e-namnden-2026-03-11.txt"));
        String id = send(CloudEvents.DOCUMENT_CHECK, document, Map.of(CloudEvents.CONTENT_TYPE, "text/plain; charset=utf-8",
                CloudEvents.FILENAME, "protokoll.txt", CloudEvents.COMMITTEE, "e-namnden-norrbotten", CloudEvents.EVALUATION_DATE, "2020-03-11"));
        ConsumerRecord<String, byte[]> record = answers.await(settings.replyTopic(), id, 1).get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(CloudEvents.text(record.headers(), CloudEvents.TYPE)).isEqualTo(CloudEvents.REPORT);
        assertThat(CloudEvents.text(record.headers(), CloudEvents.CONTENT_TYPE)).isEqualTo("application/json");
        JsonNode report = json.readTree(record.value());
        assertThat(CloudEvents.text(record.headers(), CloudEvents.ID)).isEqualTo(report.at("/evaluationId").asText());

        HttpResponse<String> api = post("/api/v1/documents/check?committee=e-namnden-norrbotten&evaluationDate=2020-03-11",
                "text/plain; charset=utf-8", document);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(withoutId(report)).isEqualTo(withoutId(json.readTree(api.body())));
        assertThat(report.at("/findings/0/ruleId").asText()).isEqualTo("KL-ANSLAG-TIMELY");

        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        Map<String, Object> entry = jdbc.sql("SELECT kind, caller, label FROM evaluation WHERE id = ?")
                .param(report.at("/evaluationId").asText()).query().singleRow();
        assertThat(entry).containsEntry("KIND", "DOCUMENT").containsEntry("CALLER", "kafka:" + SOURCE).containsEntry("LABEL", "protokoll.txt");
    }

    @Test
    void aCaseIsCheckedAsTheApiChecksItInTheLanguageAskedFor() throws Exception {
        byte[] body = Files.readAllBytes(EXAMPLES.resolve("check-quorum.json"));
        String id = send(CloudEvents.CASE_CHECK, body, Map.of(CloudEvents.CONTENT_TYPE, "application/json", CloudEvents.LANGUAGE, "en"));
        JsonNode report = reply(id);
        assertThat(report.at("/verdict").asText()).isEqualTo("FAIL");
        assertThat(report.at("/findings/0/ruleId").asText()).isEqualTo("KL-QUORUM");
        assertThat(report.at("/findings/0/title").asText()).isEqualTo("The committee must have a quorum");
        assertThat(answers.byKey).doesNotContainKey(settings.deadLetterTopic() + "/" + id);
    }

    @Test
    void badHeadersAreNamedInTheApisProblemDetailsAndTheRequestIsKept() throws Exception {
        String key = "no-cloudevent-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(settings.requestTopic(), key, "Protokoll".getBytes(StandardCharsets.UTF_8));
        CloudEvents.put(record.headers(), CloudEvents.SPECVERSION, "1.0");
        CloudEvents.put(record.headers(), CloudEvents.TYPE, "se.namndkoll.check.something");
        CloudEvents.put(record.headers(), CloudEvents.EVALUATION_DATE, "2020-13-45");
        producer.send(record).get();

        ConsumerRecord<String, byte[]> dead = answers.await(settings.deadLetterTopic(), key, 1).get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("Protokoll");
        assertThat(CloudEvents.text(dead.headers(), CloudEvents.EVALUATION_DATE)).isEqualTo("2020-13-45");
        JsonNode problem = json.readTree(dead.headers().lastHeader(KafkaChecks.PROBLEM_HEADER).value());
        assertThat(problem.at("/type").asText()).isEqualTo("https://namndkoll.se/problems/validation");
        assertThat(problem.at("/title").asText()).isEqualTo("Ogiltig indata");
        assertThat(problem.at("/status").asInt()).isEqualTo(400);
        assertThat(problem.at("/requestId").asText()).isEqualTo(key);
        List<String> named = new ArrayList<>();
        problem.at("/errors").forEach(e -> named.add(e.at("/parameter").asText() + " " + e.at("/code").asText()));
        assertThat(named).containsExactly("ce_id required", "ce_source required", "ce_type unknown-value", "ce_evaluationdate invalid-date");
        assertThat(problem.at("/errors/3/detail").asText())
                .isEqualTo("Ogiltigt datum 2020-13-45. Ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.");

        ConsumerRecord<String, byte[]> reply = answers.await(settings.replyTopic(), key, 1).get(0);
        assertThat(CloudEvents.text(reply.headers(), CloudEvents.TYPE)).isEqualTo(CloudEvents.PROBLEM);
        assertThat(CloudEvents.text(reply.headers(), CloudEvents.CONTENT_TYPE)).isEqualTo("application/problem+json");
        assertThat(json.readTree(reply.value())).isEqualTo(problem);
    }

    @Test
    void documentsAndCasesThatCannotBeReadGetTheApisProblems() throws Exception {
        String pdf = send(CloudEvents.DOCUMENT_CHECK, "%PDF-1.4 nothing more".getBytes(StandardCharsets.US_ASCII),
                Map.of(CloudEvents.FILENAME, "skadad.pdf"));
        String committee = send(CloudEvents.DOCUMENT_CHECK, "Protokoll".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEvents.COMMITTEE, "ingen-sadan-namnd"));
        String malformed = send(CloudEvents.CASE_CHECK, "{\"evaluationDate\": \"2020-03-11\",".getBytes(StandardCharsets.UTF_8), Map.of());
        String invalid = send(CloudEvents.CASE_CHECK, "{\"evaluationDate\": \"2020-13-45\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        String structured = send(CloudEvents.CASE_CHECK, "{}".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEvents.CONTENT_TYPE, "application/cloudevents+json"));

        JsonNode unreadable = reply(pdf);
        assertThat(unreadable.at("/type").asText()).isEqualTo("https://namndkoll.se/problems/unreadable-document");
        assertThat(unreadable.at("/status").asInt()).isEqualTo(422);
        assertThat(unreadable.at("/reason").asText()).startsWith("skadad.pdf");
        assertThat(reply(committee).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/unknown-committee");
        assertThat(reply(committee).at("/errors/0/parameter").asText()).isEqualTo("committee");
        assertThat(reply(malformed).at("/type").asText()).isEqualTo("https://namndkoll.se/problems/malformed-json");
        assertThat(reply(malformed).at("/detail").asText()).isEqualTo("Innehållet är inte giltig JSON (rad 1, kolumn 33).");
        JsonNode validation = reply(invalid);
        assertThat(validation.at("/errors/0/pointer").asText()).isEqualTo("/evaluationDate");
        assertThat(validation.at("/errors/0/code").asText()).isEqualTo("invalid-date");
        HttpResponse<String> api = post("/api/v1/checks", "application/json", "{\"evaluationDate\": \"2020-13-45\"}".getBytes(StandardCharsets.UTF_8));
        JsonNode apiProblem = json.readTree(api.body());
        assertThat(validation.at("/errors")).isEqualTo(apiProblem.at("/errors"));
        assertThat(validation.at("/detail")).isEqualTo(apiProblem.at("/detail"));
        assertThat(reply(structured).at("/status").asInt()).isEqualTo(415);
        for (String id : List.of(pdf, committee, malformed, invalid, structured)) {
            assertThat(answers.await(settings.deadLetterTopic(), id, 1)).hasSize(1);
        }
    }

    @Test
    void aCheckThatFailsGoesToTheDeadLetterTopicWithItsErrorId() throws Exception {
        String id = UUID.randomUUID().toString();
        UUID evaluationId = new KafkaChecks.Request(id, SOURCE, CloudEvents.CASE_CHECK, null, null, null, null, null, null).evaluationId();
        doThrow(new IllegalStateException("a defect")).when(checks).check(any(JsonNode.class), any(), any(Caller.class), eq(evaluationId));
        send(id, CloudEvents.CASE_CHECK, Files.readAllBytes(EXAMPLES.resolve("check-quorum.json")), Map.of());
        JsonNode problem = reply(id);
        assertThat(problem.at("/type").asText()).isEqualTo("https://namndkoll.se/problems/internal");
        assertThat(problem.at("/status").asInt()).isEqualTo(500);
        assertThat(problem.at("/errorId").asText()).isNotBlank();
        assertThat(problem.at("/detail").asText()).contains(problem.at("/errorId").asText()).doesNotContain("a defect");
        ConsumerRecord<String, byte[]> dead = answers.await(settings.deadLetterTopic(), id, 1).get(0);
        assertThat(json.readTree(dead.headers().lastHeader(KafkaChecks.PROBLEM_HEADER).value()).at("/errorId"))
                .isEqualTo(problem.at("/errorId"));
    }

    @Test
    void aRequestDeliveredTwiceIsAnsweredTwiceAndLoggedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] body = Files.readAllBytes(EXAMPLES.resolve("check-quorum.json"));
        long failedBefore = log.failedCount();
        send(id, CloudEvents.CASE_CHECK, body, Map.of());
        send(id, CloudEvents.CASE_CHECK, body, Map.of());
        List<ConsumerRecord<String, byte[]>> replies = answers.await(settings.replyTopic(), id, 2);
        String first = json.readTree(replies.get(0).value()).at("/evaluationId").asText();
        assertThat(json.readTree(replies.get(1).value()).at("/evaluationId").asText()).isEqualTo(first);
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE id = ?").param(first).query(Long.class).single()).isEqualTo(1);
        assertThat(log.failedCount()).as("no batch refused for the second entry").isEqualTo(failedBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerTheBrokerDidNotTakeIsRetriedAndTheRequestIsLoggedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        UUID evaluationId = new KafkaChecks.Request(id, SOURCE, CloudEvents.CASE_CHECK, null, null, null, null, null, null).evaluationId();
        AtomicInteger refused = new AtomicInteger();
        Mockito.doAnswer(invocation -> {
            ProducerRecord<?, ?> record = invocation.getArgument(0);
            if (id.equals(record.key()) && refused.getAndIncrement() == 0) {
                return CompletableFuture.failedFuture(new NetworkException("broker away"));
            }
            return invocation.callRealMethod();
        }).when(template).send(any(ProducerRecord.class));
        long failedBefore = log.failedCount();

        send(id, CloudEvents.CASE_CHECK, Files.readAllBytes(EXAMPLES.resolve("check-quorum.json")), Map.of());
        JsonNode report = reply(id);
        assertThat(report.at("/evaluationId").asText()).isEqualTo(evaluationId.toString());
        Mockito.verify(checks, Mockito.times(2)).check(any(JsonNode.class), any(), any(Caller.class), eq(evaluationId));
        Thread.sleep(500);
        assertThat(answers.byKey.get(settings.replyTopic() + "/" + id)).as("the refused answer was not sent").hasSize(1);
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE id = ?").param(evaluationId.toString()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(log.failedCount()).isEqualTo(failedBefore);
    }

    @Test
    void instancesInOneGroupShareThePartitionsAndTheBulkCommandSendsAFolder(@TempDir Path tmp) throws Exception {
        MessageListenerContainer mine = listeners.getListenerContainer(KafkaCheckListener.ID);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(NamndkollApplication.class).run(
                "--server.port=0", "--namndkoll.data-dir=" + tmp.resolve("other"), "--namndkoll.kafka.enabled=true",
                "--spring.kafka.bootstrap-servers=" + brokers, "--namndkoll.kafka.concurrency=2", "--namndkoll.kafka.partitions=4")) {
            MessageListenerContainer theirs = other.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(KafkaCheckListener.ID);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Set<TopicPartition> a = Set.of();
            Set<TopicPartition> b = Set.of();
            while (System.nanoTime() < deadline) {
                a = assigned(mine);
                b = assigned(theirs);
                if (!a.isEmpty() && !b.isEmpty() && a.size() + b.size() == 4) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(mine.getGroupId()).isEqualTo("namndkoll").isEqualTo(theirs.getGroupId());
            assertThat(a).as("this instance's partitions").isNotEmpty().doesNotContainAnyElementsOf(b);
            assertThat(b).as("the other instance's partitions").isNotEmpty();
            assertThat(a.size() + b.size()).isEqualTo(4);

            Path in = tmp.resolve("in");
            Files.createDirectories(in.resolve("2020"));
            for (int i = 0; i < 12; i++) {
                Files.copy(EXAMPLES.resolve("protokoll-e-namnden-2026-03-11.txt"), in.resolve("2020").resolve("protokoll-" + i + ".txt"));
            }
            Files.copy(EXAMPLES.resolve("check-quorum.json"), in.resolve("fall.json"));
            Files.write(in.resolve("skadad.pdf"), "%PDF-1.4 nothing more".getBytes(StandardCharsets.US_ASCII));
            double otherBefore = requests(other);
            Path out = tmp.resolve("out");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
            int status = BulkCommand.run(new String[] {"bulk", "--kafka", "--bootstrap-servers", brokers, "--out", out.toString(),
                "--timeout", "60", in.toString()}, stream, stream, false);
            assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("14 av 14 dokument (100 %)").contains("14 dokument på");
            JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
            assertThat(summary.at("/mode").asText()).isEqualTo("kafka");
            assertThat(summary.at("/documents").asInt()).isEqualTo(14);
            assertThat(summary.at("/byVerdict/FAIL").asInt()).isEqualTo(13);
            assertThat(summary.at("/unreadable").asInt()).isEqualTo(1);
            assertThat(summary.at("/findingsByRule/KL-QUORUM/documents").asInt()).isEqualTo(1);
            assertThat(summary.at("/findingsByRule/KL-ANSLAG-TIMELY/documents").asInt()).isEqualTo(12);
            assertThat(json.readTree(out.resolve("2020/protokoll-3.txt.json").toFile()).at("/evaluationId").asText()).isNotBlank();
            assertThat(json.readTree(out.resolve("skadad.pdf.problem.json").toFile()).at("/status").asInt()).isEqualTo(422);
            assertThat(requests(other) - otherBefore).as("requests the other instance checked").isPositive();
        }
    }

    private static Set<TopicPartition> assigned(MessageListenerContainer container) {
        return container.getAssignedPartitions() == null ? Set.of() : new HashSet<>(container.getAssignedPartitions());
    }

    private static double requests(ConfigurableApplicationContext context) {
        var counter = context.getBean(io.micrometer.core.instrument.MeterRegistry.class).find("namndkoll.kafka.requests").counters();
        return counter.stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }
}
