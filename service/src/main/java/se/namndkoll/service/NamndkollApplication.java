package se.namndkoll.service;

import org.springframework.boot.SpringApplication;
import org.springframework.util.ClassUtils;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.namndkoll.service.config.EngineConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import se.namndkoll.service.config.NamndkollProperties;

/** Nämndkoll's HTTP service. (Not named {@code Application}: Kogito generates a class of that name.) */
@SpringBootApplication
@EnableConfigurationProperties(NamndkollProperties.class)
public class NamndkollApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(se.namndkoll.service.cli.CheckCommand.run(args)); // the command line, without Spring
        }
        if (args.length > 0 && args[0].equals("committee")) {
            System.exit(se.namndkoll.service.cli.DraftCommand.run(args)); // committee draft FILE…, without Spring
        }
        useAheadOfTimeContext();
        SpringApplication application = new SpringApplication(NamndkollApplication.class);
        // The rule set loads on its own thread while the context starts (docs/performance.md); from the
        // moment the environment, and so the logging, is set up. Not while the build generates the
        // ahead-of-time context: that run only registers the beans.
        if (!Boolean.getBoolean(AOT_PROCESSING)) {
            application.addListeners(event -> {
                if (event instanceof ApplicationEnvironmentPreparedEvent) {
                    EngineConfiguration.preload();
                }
            });
        }
        application.run(args);
    }

    static final String AOT_ENABLED = "spring.aot.enabled";
    static final String AOT_PROCESSING = "spring.aot.processing";
    static final String AOT_INITIALIZER = NamndkollApplication.class.getName() + "__ApplicationContextInitializer";

    /**
     * Starts the context the build generated ahead of time (the service POM's {@code process-aot}: bean
     * definitions as code instead of classpath scanning and condition evaluation at every start; 0.7–1.2 s
     * of a start, docs/performance.md §5 and docs/adr/0002), when the jar has it and nobody set
     * {@code -Dspring.aot.enabled} either way. Conditions of beans are then those of the build: to
     * change one with a property at run time, start with {@code -Dspring.aot.enabled=false}.
     */
    static void useAheadOfTimeContext() {
        if (System.getProperty(AOT_ENABLED) == null && !Boolean.getBoolean(AOT_PROCESSING)
                && ClassUtils.isPresent(AOT_INITIALIZER, NamndkollApplication.class.getClassLoader())) {
            System.setProperty(AOT_ENABLED, "true");
        }
    }
}
