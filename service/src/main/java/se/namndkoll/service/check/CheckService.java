package se.namndkoll.service.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;
import se.namndkoll.service.evaluation.EvaluationLog;
import se.namndkoll.service.evaluation.EvaluationRecord;
import se.namndkoll.service.security.Caller;

/**
 * Runs a valid case through the rule engine, measures it and hands the decision-log entry to the
 * asynchronous log. Legal problems come back as findings in the report, never as exceptions.
 */
@Service
public class CheckService {

    /** Kinds of evaluation, as logged and as the metrics' {@code kind} tag. */
    public static final String CHECK = "CHECK";
    public static final String DOCUMENT = "DOCUMENT";
    public static final String COMPARE = "COMPARE";

    private final RuleEngine engine;
    private final CaseReader reader;
    private final EvaluationLog log;
    private final ObjectMapper mapper;
    private final MeterRegistry meters;
    private final Clock clock;

    public CheckService(RuleEngine engine, CaseReader reader, EvaluationLog log, ObjectMapper mapper, MeterRegistry meters,
            Clock clock) {
        this.engine = engine;
        this.reader = reader;
        this.log = log;
        this.mapper = mapper;
        this.meters = meters;
        this.clock = clock;
    }

    /** {@code POST /api/v1/checks}: reads, validates and checks a request body. */
    public CheckOutcome check(JsonNode body, Caller caller) {
        return check(body, caller, null);
    }

    /**
     * As {@link #check(com.fasterxml.jackson.databind.JsonNode, Caller)}, under a given evaluation id
     * ({@code null}: a new one). A request delivered again with the same id is logged once.
     */
    public CheckOutcome check(JsonNode body, Caller caller, UUID evaluationId) {
        return check(body, null, caller, evaluationId);
    }

    /**
     * As {@link #check(com.fasterxml.jackson.databind.JsonNode, Caller, UUID)}, judged on {@code
     * evaluationDate} when it is given (a Kafka request's date header) instead of the case's own.
     */
    public CheckOutcome check(JsonNode body, LocalDate evaluationDate, Caller caller, UUID evaluationId) {
        return check(reader.read(body, "", evaluationDate), caller, CHECK, null, null, evaluationId);
    }

    public CheckOutcome check(ResolvedCase input, Caller caller, String kind, String label) {
        return check(input, caller, kind, label, null);
    }

    /**
     * @param inputDigest SHA-256 (hex) of what the caller sent, when it was not JSON (a document);
     *     {@code null} for the digest of the case as JSON
     */
    public CheckOutcome check(ResolvedCase input, Caller caller, String kind, String label, String inputDigest) {
        return check(input, caller, kind, label, inputDigest, null);
    }

    /**
     * @param evaluationId the id of the decision-log entry, {@code null} for a new one; the log
     *     keeps the first entry written under an id
     */
    public CheckOutcome check(ResolvedCase input, Caller caller, String kind, String label, String inputDigest, UUID evaluationId) {
        long start = System.nanoTime();
        Report report = engine.check(input.input());
        long elapsed = System.nanoTime() - start;
        Timer.builder("namndkoll.check.duration")
                .description("Time the rule engine takes for one case")
                .tag("kind", kind)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters)
                .record(Duration.ofNanos(elapsed));
        Counter.builder("namndkoll.checks").description("Cases checked")
                .tag("kind", kind).tag("verdict", report.verdict().name())
                .register(meters).increment();
        for (Finding finding : report.findings()) {
            Counter.builder("namndkoll.findings").description("Findings reported, by rule")
                    .tag("rule", finding.ruleId()).tag("severity", finding.severity().name())
                    .register(meters).increment();
        }
        UUID id = evaluationId != null ? evaluationId : UUID.randomUUID();
        if (log.enabled()) {
            String digest = inputDigest != null ? inputDigest : sha256(bytes(input.input()));
            log.submit(new EvaluationRecord(id, clock.instant(), kind, label, caller.id(), input.committeeId(),
                    input.committeeVersion(), report.evaluationDate(), digest, report.ruleSetVersion(),
                    report.verdict().name(), report.findings().size(), findingsJson(report.findings())));
        }
        return new CheckOutcome(id, input.committeeId(), report);
    }

    public String ruleSetVersion() {
        return engine.ruleSetVersion();
    }

    private byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String findingsJson(List<Finding> findings) {
        return new String(bytes(findings), StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
