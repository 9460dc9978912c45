package se.namndkoll.service.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The request topic's consumers ({@code namndkoll.kafka.concurrency} in this instance, all in the
 * consumer group {@code spring.kafka.consumer.group-id}, so that the instances share the topic's
 * partitions). Started only with {@code namndkoll.kafka.enabled=true}.
 */
@Component
class KafkaCheckListener {

    /** The listener container's id (also its consumers' client id prefix). */
    static final String ID = "namndkoll-checks";

    private final KafkaChecks checks;

    KafkaCheckListener(KafkaChecks checks) {
        this.checks = checks;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${namndkoll.kafka.request-topic:namndkoll.check.requests}",
            autoStartup = "${namndkoll.kafka.enabled:false}",
            concurrency = "#{${namndkoll.kafka.concurrency:0} > 0 ? ${namndkoll.kafka.concurrency:0}"
                    + " : T(java.lang.Runtime).getRuntime().availableProcessors()}")
    void receive(ConsumerRecord<String, byte[]> record) {
        checks.handle(record);
    }
}
