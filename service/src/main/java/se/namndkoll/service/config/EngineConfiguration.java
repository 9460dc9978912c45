package se.namndkoll.service.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.service.document.DocumentImporter;
import java.time.Clock;
import se.namndkoll.service.document.StandardDocumentImporter;

/** The rule engine (created once, thread-safe) and the document importer. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    RuleEngine ruleEngine() {
        long start = System.nanoTime();
        RuleEngine engine = RuleEngine.create();
        LOG.info("Rule set {} loaded: {} rules in {} ms", engine.ruleSetVersion(), engine.catalogue().rules().size(),
                (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /** Text, PDF and Word; recognises the committee; undated documents are checked as of today. */
    @Bean
    DocumentImporter documentImporter(Clock clock, NamndkollProperties properties) {
        return new StandardDocumentImporter(clock, properties.limits().documents().toLimits());
    }
}
