package se.namndkoll.service;

import org.springframework.boot.SpringApplication;
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
        SpringApplication application = new SpringApplication(NamndkollApplication.class);
        // The rule set loads on its own thread while the context starts (docs/performance.md); from the
        // moment the environment, and so the logging, is set up.
        application.addListeners(event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                EngineConfiguration.preload();
            }
        });
        application.run(args);
    }
}
