package se.namndkoll.service.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real service in this JVM on a random port of 127.0.0.1, with its embedded database in a fresh
 * directory and the default limits, except a read time of 5 s per document so that a document that
 * reads forever is refused within the test's time. Test classes with this annotation share one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "namndkoll.limits.documents.max-read-time=5s"})
@ContextConfiguration(initializers = HardenedService.DataDirectory.class)
@interface HardenedService {

    /** A fresh data directory for the shared server. */
    class DataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path dir = Files.createTempDirectory("namndkoll-hardening");
                TestPropertyValues.of("namndkoll.data-dir=" + dir).applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
