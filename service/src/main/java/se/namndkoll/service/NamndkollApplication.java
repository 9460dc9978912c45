package se.namndkoll.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.util.ClassUtils;
import se.namndkoll.service.cli.BulkCommand;
import se.namndkoll.service.cli.CheckCommand;
import se.namndkoll.service.cli.DraftCommand;
import se.namndkoll.service.config.EngineConfiguration;
import se.namndkoll.service.config.NamndkollProperties;

/** Nämndkoll's HTTP service. (Not named {@code Application}: Kogito generates a class of that name.) */
@SpringBootApplication
@EnableConfigurationProperties(NamndkollProperties.class)
public class NamndkollApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(CheckCommand.run(args)); // the command line, without Spring
        }
        if (args.length > 0 && args[0].equals("bulk")) {
            System.exit(BulkCommand.run(args)); // a folder of documents, without Spring
        }
        if (args.length > 0 && args[0].equals("committee")) {
            System.exit(DraftCommand.run(args)); // committee draft FILE…, without Spring
        }
        if (asksForHelp(args)) {
            System.out.println(usage());
            System.exit(0);
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

    /** {@code --help}, {@code -h} anywhere, or {@code help} first: the usage, and the server is not started. */
    static boolean asksForHelp(String[] args) {
        if (args.length > 0 && args[0].equals("help")) {
            return true;
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** How to start the service and how to use the command line. */
    static String usage() {
        return """
                Nämndkoll – granskning av beslut i kommunal samverkan

                Användning:
                  java -jar namndkoll.jar [--INSTÄLLNING=VÄRDE ...]   startar tjänsten: webbapplikationen och API:t
                  java -jar namndkoll.jar check [FLAGGOR] FIL...       granskar filer utan server och databas
                  java -jar namndkoll.jar bulk --out KATALOG KÄLLA...  granskar många dokument i en körning
                  java -jar namndkoll.jar committee draft FIL...       gör ett utkast till en nämnd ur dess reglemente eller avtal
                  java -jar namndkoll.jar --help                       visar den här texten (även -h och help)

                Tjänsten (inställningar som flaggor, eller som miljövariabler: NAMNDKOLL_DATA_DIR=…):
                  --server.port=8080                   porten; webbapplikationen på http://localhost:8080/,
                                                       API-dokumentationen på /swagger-ui.html
                  --namndkoll.data-dir=./data          katalogen för den inbäddade databasen
                  --spring.profiles.active=postgres    PostgreSQL i stället, med NAMNDKOLL_DB_URL, NAMNDKOLL_DB_USER
                                                       och NAMNDKOLL_DB_PASSWORD
                  --namndkoll.security.api-keys.ID=NYCKEL
                                                       en API-nyckel (minst 16 tecken) för ändringar i registret
                  Alla inställningar: README.md, avsnittet Configuration.

                Kommandoraden:
                """ + CheckCommand.usage();
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
