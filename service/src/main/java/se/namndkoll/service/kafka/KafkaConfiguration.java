package se.namndkoll.service.kafka;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka's beans are always defined (the jar's ahead-of-time context fixes bean conditions at build
 * time), and none of them connects to a broker unless {@code namndkoll.kafka.enabled=true}: the
 * listener's containers start only then, and only then are the topics created.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaConfiguration.class);

    /**
     * When the answer to a request cannot be sent (the broker is away), the record is tried again,
     * waiting 1 s, 2 s, 4 s … up to 30 s between tries, for as long as it takes: nothing is skipped.
     * Every other failure is answered with problem details by {@link KafkaChecks} itself.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            throw new IllegalStateException("unreachable: the back-off never ends", e);
        }, backOff);
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    /** Creates the request, reply and dead-letter topics when they are missing, before the consumers start. */
    @Bean
    SmartLifecycle kafkaTopics(KafkaSettings settings, KafkaAdmin admin) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                Optional<Short> replicas = settings.replicationFactor() > 0 ? Optional.of(settings.replicationFactor()) : Optional.empty();
                List<NewTopic> topics = List.of(settings.requestTopic(), settings.replyTopic(), settings.deadLetterTopic()).stream()
                        .map(name -> new NewTopic(name, Optional.of(settings.partitions()), replicas)).toList();
                admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
                LOG.info("Kafka: consuming {} with {} consumers; answers to {}, dead letters to {}", settings.requestTopic(),
                        settings.consumers(), settings.replyTopic(), settings.deadLetterTopic());
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public boolean isAutoStartup() {
                return settings.enabled();
            }

            @Override
            public int getPhase() {
                return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
            }
        };
    }
}
