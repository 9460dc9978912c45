package se.namndkoll.service.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Service;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.api.Dtos;
import se.namndkoll.service.api.ProblemTexts;
import se.namndkoll.service.api.ProblemType;
import se.namndkoll.service.api.Problems;
import se.namndkoll.service.api.ReportMapper;
import se.namndkoll.service.check.CheckService;
import se.namndkoll.service.check.DocumentCheckService;
import se.namndkoll.service.check.InputError;
import se.namndkoll.service.check.InvalidInputException;
import se.namndkoll.service.config.NamndkollProperties;
import se.namndkoll.service.security.Caller;

/**
 * Checks requested through Kafka, exactly as the API checks them: a document as
 * {@code POST /documents/check} ({@link DocumentCheckService}), a case as {@code POST /checks}
 * ({@link CheckService}). Every request gets one answer on the reply topic, keyed by its request id:
 * the report the API would give, or the problem details of the API's 4xx/5xx answer. A request that
 * could not be checked also goes to the dead-letter topic as it came, with its problem details in the
 * header {@value #PROBLEM_HEADER}.
 *
 * <p>Delivery is at least once: the record's offset is committed after its answer is on the broker,
 * so a request can be checked again (after a crash, a rebalance). Its decision-log entry is not
 * doubled: the evaluation id is derived from the request's CloudEvents {@code source} and {@code id},
 * and the log keeps the first entry under an id; the answers repeat it.
 */
@Service
public class KafkaChecks {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaChecks.class);

    /** The dead-letter record's header that holds the problem details (application/problem+json). */
    public static final String PROBLEM_HEADER = "namndkoll_problem";

    private static final Pattern COMMITTEE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");
    private static final int MAX_ID = 100;
    private static final int MAX_FILE_NAME = 300;
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final DocumentCheckService documents;
    private final CheckService checks;
    private final ReportMapper reports;
    private final Problems problems;
    private final ObjectMapper mapper;
    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaSettings settings;
    private final long maxBytes;
    private final Clock clock;
    private final MeterRegistry meters;

    public KafkaChecks(DocumentCheckService documents, CheckService checks, ReportMapper reports, Problems problems, ObjectMapper mapper,
            KafkaTemplate<String, byte[]> kafka, KafkaSettings settings, NamndkollProperties properties, Clock clock,
            MeterRegistry meters) {
        this.documents = documents;
        this.checks = checks;
        this.reports = reports;
        this.problems = problems;
        this.mapper = mapper;
        this.kafka = kafka;
        this.settings = settings;
        this.maxBytes = properties.limits().maxBodyBytes().toBytes();
        this.clock = clock;
        this.meters = meters;
    }

    /** A check request as its headers describe it. */
    record Request(String id, String source, String type, String contentType, String fileName, String committeeId,
            LocalDate evaluationDate, Locale locale, byte[] body) {

        /** The evaluation id of this request: the same for every delivery of it. */
        UUID evaluationId() {
            return UUID.nameUUIDFromBytes(("namndkoll-kafka\n" + source + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        Caller caller() {
            String name = "kafka:" + source;
            return new Caller(name.length() > MAX_ID ? name.substring(0, MAX_ID) : name);
        }
    }

    /** A request that cannot be checked, with its problem details. */
    static final class RequestProblem extends RuntimeException {
        private final transient ProblemDetail problem;

        RequestProblem(ProblemDetail problem) {
            super(problem.getDetail(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * Checks one request and publishes its answer. Throws only when the broker does not take the
     * answer: the record is then delivered again (nothing is dropped).
     */
    public void handle(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String requestId = CloudEvents.text(headers, CloudEvents.ID);
        if (requestId == null || requestId.isBlank()) {
            requestId = record.key();
        }
        Locale locale = ProblemTexts.language(language(CloudEvents.text(headers, CloudEvents.LANGUAGE)));
        Object answer = null;
        ProblemDetail problem = null;
        UUID answerId = null;
        try {
            Request request = read(record, locale);
            Dtos.ReportResponse report = check(request, locale);
            answer = report;
            answerId = report.evaluationId();
        } catch (RequestProblem e) {
            problem = e.problem;
        } catch (InvalidInputException e) {
            problem = problems.validation(e.errors(), locale, null);
        } catch (NotFoundException e) {
            problem = problems.notFound(e, true, locale, null);
        } catch (UnreadableDocumentException e) {
            problem = problems.unreadable(e, locale, null);
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Unexpected error {} on Kafka request {} ({}-{}@{})", errorId, requestId, record.topic(), record.partition(),
                    record.offset(), e);
            problem = problems.internal(errorId, locale, null);
        }
        if (problem != null) {
            problem.setProperty("requestId", requestId);
            answer = problem;
            answerId = UUID.randomUUID();
        }
        byte[] json = json(answer);
        try {
            send(reply(record, requestId, answerId, problem == null, json));
        } catch (TooLarge e) {
            // A report over the topic's record size (a very long document): answered as an error of the service.
            String errorId = UUID.randomUUID().toString();
            LOG.error("Error {}: the report of Kafka request {} ({} bytes) is larger than the reply topic takes", errorId, requestId,
                    json.length);
            problem = problems.internal(errorId, locale, null);
            problem.setProperty("requestId", requestId);
            json = json(problem);
            send(reply(record, requestId, UUID.randomUUID(), false, json));
        }
        if (problem != null) {
            try {
                send(deadLetter(record, requestId, json, true));
            } catch (TooLarge e) {
                // The request fitted its topic, but not the dead-letter topic with the problem added: keep the problem.
                LOG.error("Kafka request {} ({}-{}@{}) is larger than the dead-letter topic takes; it is kept there without its value",
                        requestId, record.topic(), record.partition(), record.offset());
                send(deadLetter(record, requestId, json, false));
            }
        }
        Counter.builder("namndkoll.kafka.requests").description("Check requests received through Kafka, by answer")
                .tag("answer", problem == null ? "report" : "problem").register(meters).increment();
    }

    /** The report of one request: a case's as {@code POST /checks} gives it, a document's as {@code POST /documents/check}. */
    private Dtos.ReportResponse check(Request request, Locale locale) throws UnreadableDocumentException {
        if (CloudEvents.CASE_CHECK.equals(request.type())) {
            JsonNode body;
            try {
                body = mapper.readTree(request.body());
            } catch (IOException e) {
                ProblemDetail malformed = problems.malformedJson(e, request.locale(), null);
                throw new RequestProblem(malformed != null ? malformed
                        : problems.detail(ProblemType.BAD_REQUEST, 400, Map.of(), null, request.locale(), null));
            }
            return reports.report(checks.check(body, request.evaluationDate(), request.caller(), request.evaluationId()), locale);
        }
        Charset charset = charset(request.contentType());
        return reports.report(documents.checkDocument(request.fileName(), request.body(), charset, request.committeeId(), request.evaluationDate(),
                request.caller(), request.evaluationId()), false, locale);
    }

    /** Reads and validates the request's CloudEvents headers: every bad header is named, as the API names bad parameters. */
    Request read(ConsumerRecord<String, byte[]> record, Locale locale) {
        Headers headers = record.headers();
        List<InputError> errors = new ArrayList<>();
        String specVersion = CloudEvents.text(headers, CloudEvents.SPECVERSION);
        if (specVersion == null) {
            errors.add(InputError.parameter(CloudEvents.SPECVERSION, "required", Map.of()));
        } else if (!CloudEvents.SPEC_VERSION.equals(specVersion)) {
            errors.add(InputError.parameter(CloudEvents.SPECVERSION, "unknown-value",
                    Map.of("value", specVersion, "allowed", List.of(CloudEvents.SPEC_VERSION))));
        }
        String id = required(headers, CloudEvents.ID, errors);
        String source = required(headers, CloudEvents.SOURCE, errors);
        String type = required(headers, CloudEvents.TYPE, errors);
        if (type != null && !type.equals(CloudEvents.DOCUMENT_CHECK) && !type.equals(CloudEvents.CASE_CHECK)) {
            errors.add(InputError.parameter(CloudEvents.TYPE, "unknown-value",
                    Map.of("value", type, "allowed", List.of(CloudEvents.DOCUMENT_CHECK, CloudEvents.CASE_CHECK))));
        }
        if (id != null && id.length() > MAX_FILE_NAME) {
            errors.add(InputError.parameter(CloudEvents.ID, "Size", Map.of("min", 1, "max", MAX_FILE_NAME)));
        }
        String fileName = CloudEvents.text(headers, CloudEvents.FILENAME);
        if (fileName != null && (fileName.isBlank() || fileName.length() > MAX_FILE_NAME)) {
            errors.add(InputError.parameter(CloudEvents.FILENAME, "Size", Map.of("min", 1, "max", MAX_FILE_NAME)));
        }
        String committee = CloudEvents.text(headers, CloudEvents.COMMITTEE);
        if (committee != null) {
            if (committee.length() > MAX_ID) {
                errors.add(InputError.parameter(CloudEvents.COMMITTEE, "Size", Map.of("min", 1, "max", MAX_ID)));
            } else if (!COMMITTEE_ID.matcher(committee).matches()) {
                errors.add(InputError.parameter(CloudEvents.COMMITTEE, "Pattern", Map.of("regexp", COMMITTEE_ID.pattern())));
            }
        }
        LocalDate evaluationDate = null;
        String date = CloudEvents.text(headers, CloudEvents.EVALUATION_DATE);
        if (date != null) {
            try {
                evaluationDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(InputError.parameter(CloudEvents.EVALUATION_DATE, "invalid-date", Map.of("value", date)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String contentType = CloudEvents.text(headers, CloudEvents.CONTENT_TYPE);
        if (CloudEvents.CASE_CHECK.equals(type) && contentType != null && !isJson(contentType)) {
            throw new RequestProblem(problems.detail(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
                    Map.of("contentType", contentType, "supported", List.of(MediaType.APPLICATION_JSON_VALUE)), null, locale, null));
        }
        byte[] body = record.value();
        if (body == null || body.length == 0) {
            throw new RequestProblem(problems.detail(ProblemType.BAD_REQUEST, 400, Map.of(), null, locale, null));
        }
        if (body.length > maxBytes) {
            throw new RequestProblem(problems.tooLarge(maxBytes, locale, null));
        }
        return new Request(id, source, type, contentType, fileName != null ? fileName : defaultFileName(contentType), committee,
                evaluationDate, locale, body);
    }

    private static String required(Headers headers, String name, List<InputError> errors) {
        String value = CloudEvents.text(headers, name);
        if (value == null || value.isBlank()) {
            errors.add(InputError.parameter(name, "required", Map.of()));
            return null;
        }
        return value;
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")
                    && !type.getSubtype().equals("cloudevents+json");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType).getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** As the API's defaults: "document.txt" for text, else a name the importer reads the format from the bytes for. */
    private static String defaultFileName(String contentType) {
        if (contentType == null) {
            return "document";
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return "document.txt";
        }
        if (type.startsWith("application/pdf")) {
            return "document.pdf";
        }
        if (type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            return "document.docx";
        }
        return "document";
    }

    private static Locale language(String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag.trim());
    }

    private ProducerRecord<String, byte[]> reply(ConsumerRecord<String, byte[]> request, String requestId, UUID answerId, boolean report,
            byte[] json) {
        ProducerRecord<String, byte[]> reply = new ProducerRecord<>(settings.replyTopic(), requestId, json);
        Headers headers = reply.headers();
        CloudEvents.put(headers, CloudEvents.SPECVERSION, CloudEvents.SPEC_VERSION);
        CloudEvents.put(headers, CloudEvents.ID, answerId.toString());
        CloudEvents.put(headers, CloudEvents.SOURCE, CloudEvents.SERVICE_SOURCE);
        CloudEvents.put(headers, CloudEvents.TYPE, report ? CloudEvents.REPORT : CloudEvents.PROBLEM);
        CloudEvents.put(headers, CloudEvents.TIME, clock.instant().toString());
        CloudEvents.put(headers, "ce_subject", requestId);
        CloudEvents.put(headers, CloudEvents.CONTENT_TYPE, report ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return reply;
    }

    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> request, String requestId, byte[] problem,
            boolean withValue) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(settings.deadLetterTopic(), requestId, withValue ? request.value() : null);
        for (Header header : request.headers()) {
            dead.headers().add(header.key(), header.value());
        }
        dead.headers().add(PROBLEM_HEADER, problem);
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, request.topic().getBytes(StandardCharsets.UTF_8));
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(request.partition()).array());
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(request.offset()).array());
        return dead;
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while sending to " + record.topic(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordTooLargeException) {
                throw new TooLarge();
            }
            throw new KafkaException("The broker did not take the answer on " + record.topic() + "; the request will be delivered again", e);
        } catch (TimeoutException e) {
            throw new KafkaException("The broker did not take the answer on " + record.topic() + "; the request will be delivered again", e);
        }
    }

    /** A record larger than the producer or the topic takes. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
