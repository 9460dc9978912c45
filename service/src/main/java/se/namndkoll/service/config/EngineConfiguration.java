package se.namndkoll.service.config;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.documents.DocumentImporter;
import java.time.Clock;
import se.namndkoll.documents.StandardDocumentImporter;

/** The rule engine (created once, thread-safe) and the document importer. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    /** The rule set being loaded ahead of the Spring context, when {@link #preload()} was called. */
    private static volatile CompletableFuture<RuleEngine> preloaded;

    /**
     * Starts loading the rule set on its own thread, before Spring starts: loading it (Kogito's
     * application, the knowledge base, the DMN models) and starting the Spring context each take
     * seconds of CPU, and on a two-core machine they overlap (docs/performance.md). Called from
     * {@code main}; tests that start the context without {@code main} load it in the bean method.
     */
    public static void preload() {
        if (preloaded == null) {
            long start = System.nanoTime();
            CompletableFuture<RuleEngine> future = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    RuleEngine engine = RuleEngine.create();
                    LOG.info("Rule set {} loaded ahead of the context: {} rules in {} ms", engine.ruleSetVersion(),
                            engine.catalogue().rules().size(), (System.nanoTime() - start) / 1_000_000);
                    future.complete(engine);
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                }
            }, "rule-set-loader");
            loader.setDaemon(true);
            preloaded = future;
            loader.start();
        }
    }

    @Bean
    RuleEngine ruleEngine() {
        CompletableFuture<RuleEngine> future = preloaded;
        if (future != null) {
            preloaded = null;
            return future.join();
        }
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
