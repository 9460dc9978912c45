package se.namndkoll.service.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checks requested through Kafka ({@code namndkoll.kafka.*}); the connection itself is Spring
 * Boot's {@code spring.kafka.*} (bootstrap servers, security, consumer group). Off by default:
 * without {@code namndkoll.kafka.enabled=true} nothing connects to a broker.
 *
 * @param enabled whether this instance consumes check requests
 * @param requestTopic where check requests arrive (documents and cases)
 * @param replyTopic where each request's answer goes, keyed by the request id: the report, or the
 *     problem details when it could not be checked
 * @param deadLetterTopic where a request that could not be checked goes, as it came, with the
 *     problem details in a header
 * @param concurrency consumers in this instance; 0 means one per processor
 * @param partitions partitions of the topics this instance creates when they are missing: the most
 *     consumers that can share the requests, across all instances of the group
 * @param replicationFactor replicas of each partition in the topics it creates; -1: the broker's default
 */
@ConfigurationProperties(prefix = "namndkoll.kafka")
public record KafkaSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("namndkoll.check.requests") String requestTopic,
        @DefaultValue("namndkoll.check.replies") String replyTopic,
        @DefaultValue("namndkoll.check.dead-letter") String deadLetterTopic,
        @DefaultValue("0") int concurrency,
        @DefaultValue("12") int partitions,
        @DefaultValue("-1") short replicationFactor) {

    /** The consumers this instance runs. */
    public int consumers() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }
}
