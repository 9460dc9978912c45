package se.namndkoll.service.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
     */
    public record Limits(@DefaultValue("10MB") DataSize maxBodyBytes) {
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
