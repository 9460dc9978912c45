package se.namndkoll.service.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import se.namndkoll.documents.DocumentLimits;

/**
 * The service's own settings ({@code namndkoll.*}). Operational only: no legal value (deadline,
 * threshold, share) is ever configured here; those live in the rule files.
 *
 * @param dataDir where the embedded database keeps its files
 * @param timeZone the zone in which dates of the decision log (filters, "today") are read
 * @param limits request limits
 * @param security API keys and which endpoints need one
 * @param evaluations the decision log
 */
@ConfigurationProperties(prefix = "namndkoll")
public record NamndkollProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("Europe/Stockholm") ZoneId timeZone,
        @DefaultValue Limits limits,
        @DefaultValue Security security,
        @DefaultValue Evaluations evaluations) {

    /**
     * @param maxBodyBytes largest request body accepted (413 beyond it), checked from
     *     Content-Length before reading and counted while reading a body of unknown length
     * @param maxJsonTokens values (tokens: names, scalars, brackets) one JSON body may hold; a body
     *     beyond it is refused while it is parsed (400), before any tree or object is built from it
     * @param documents what one document may cost to read
     * @param maxInFlightBodyBytes request bodies read and worked on at once, all together
     *     ({@code BodyBudget}); unset: an eighth of the largest heap
     * @param maxBodyWait how long a request waits for its body's share of that before it is
     *     refused with 503
     */
    public record Limits(
            @DefaultValue("10MB") DataSize maxBodyBytes,
            @DefaultValue("" + DEFAULT_MAX_JSON_TOKENS) long maxJsonTokens,
            @DefaultValue Documents documents,
            DataSize maxInFlightBodyBytes,
            @DefaultValue("10s") Duration maxBodyWait) {

        public static final long DEFAULT_MAX_JSON_TOKENS = 500_000;

        @ConstructorBinding
        public Limits {
        }

        /** The body limit with the default JSON and document limits. */
        public Limits(DataSize maxBodyBytes) {
            this(maxBodyBytes, DEFAULT_MAX_JSON_TOKENS, Documents.DEFAULTS, null, Duration.ofSeconds(10));
        }
    }

    /**
     * Limits of the document importer ({@link DocumentLimits}); a document beyond them is refused
     * as unreadable (422) with a message naming the limit.
     *
     * @param maxPages pages of a PDF
     * @param maxLines lines of a document
     * @param maxReadTime time to read one PDF or Word document
     * @param maxUnpackedBytes a .docx unpacked, all entries together
     * @param maxUnpackedEntryBytes one entry of a .docx unpacked
     * @param minInflateRatio smallest compressed/unpacked ratio of a .docx entry
     * @param maxPdfMemory memory for the decoded streams of one PDF
     */
    public record Documents(
            @DefaultValue("1000") int maxPages,
            @DefaultValue("100000") int maxLines,
            @DefaultValue("30s") Duration maxReadTime,
            @DefaultValue("64MB") DataSize maxUnpackedBytes,
            @DefaultValue("16MB") DataSize maxUnpackedEntryBytes,
            @DefaultValue("0.01") double minInflateRatio,
            @DefaultValue("128MB") DataSize maxPdfMemory) {

        public static final Documents DEFAULTS = new Documents(DocumentLimits.DEFAULTS.maxPages(), DocumentLimits.DEFAULTS.maxLines(),
                DocumentLimits.DEFAULTS.maxReadTime(), DataSize.ofBytes(DocumentLimits.DEFAULTS.maxUnpackedBytes()),
                DataSize.ofBytes(DocumentLimits.DEFAULTS.maxUnpackedEntryBytes()), DocumentLimits.DEFAULTS.minInflateRatio(),
                DataSize.ofBytes(DocumentLimits.DEFAULTS.maxPdfMemoryBytes()));

        public DocumentLimits toLimits() {
            return new DocumentLimits(maxPages, maxLines, maxReadTime, maxUnpackedBytes.toBytes(), maxUnpackedEntryBytes.toBytes(),
                    minInflateRatio, maxPdfMemory.toBytes());
        }
    }

    /**
     * @param apiKeys key id → key; when empty, nothing requires a key (development)
     * @param openReads whether GET requests under /api/v1 are allowed without a key
     * @param openChecks whether the check endpoints are allowed without a key
     */
    public record Security(
            Map<String, String> apiKeys,
            @DefaultValue("true") boolean openReads,
            @DefaultValue("true") boolean openChecks) {

        public Security {
            apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
        }
    }

    /**
     * @param retentionDays entries older than this many days are purged; 0 keeps them forever
     * @param purgeCron when the purge runs (Spring cron, six fields)
     * @param queueCapacity entries waiting to be written; beyond it new entries are dropped and
     *     counted (a check is never slowed down or failed by the log)
     * @param shutdownTimeout how long shutdown waits for queued entries to be written
     * @param enabled whether checks are recorded at all; {@code false} only to measure what the log
     *     costs (docs/performance.md): the checks then have no evaluation to look up or compare
     */
    public record Evaluations(
            @DefaultValue("365") int retentionDays,
            @DefaultValue("0 30 3 * * *") String purgeCron,
            @DefaultValue("10000") int queueCapacity,
            @DefaultValue("30s") Duration shutdownTimeout,
            @DefaultValue("true") boolean enabled) {

        @ConstructorBinding
        public Evaluations {
        }

        public Evaluations(int retentionDays, String purgeCron, int queueCapacity, Duration shutdownTimeout) {
            this(retentionDays, purgeCron, queueCapacity, shutdownTimeout, true);
        }
    }
}
