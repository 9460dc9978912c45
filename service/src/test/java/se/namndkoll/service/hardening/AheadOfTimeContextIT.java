package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar starts the context the build generated ahead of time (Spring AOT, the service
 * POM's {@code process-aot}), and {@code -Dspring.aot.enabled=false} still starts the ordinary one;
 * both check a case and list the registry. The in-process tests ({@code @SpringBootTest}) never use
 * the generated context, and the other tests that start the jar do not look at how it started, so
 * this test is what shows both ways work from the jar.
 */
class AheadOfTimeContextIT {

    private static final String STARTUP_INFO = "--logging.level.se.namndkoll.service.NamndkollApplication=INFO";

    @Test
    void theJarStartsTheGeneratedContextByDefault(@TempDir Path dataDir) throws Exception {
        try (JarProcess jar = JarProcess.start(dataDir, "384m", STARTUP_INFO)) {
            answersAsTheService(jar);
            assertThat(Files.readString(jar.log, StandardCharsets.UTF_8)).contains("Starting AOT-processed NamndkollApplication");
        }
    }

    @Test
    void theOrdinaryContextWhenTurnedOff(@TempDir Path dataDir) throws Exception {
        try (JarProcess jar = JarProcess.start(dataDir, "384m", List.of("-Dspring.aot.enabled=false"), STARTUP_INFO)) {
            answersAsTheService(jar);
            String log = Files.readString(jar.log, StandardCharsets.UTF_8);
            assertThat(log).contains("Starting NamndkollApplication").doesNotContain("AOT-processed");
        }
    }

    private static void answersAsTheService(JarProcess jar) throws Exception {
        byte[] quorum = Files.readAllBytes(Corpus.ROOT.resolve("docs/examples/check-quorum.json"));
        HttpResponse<byte[]> check = jar.http.post("/api/v1/checks", "application/json", quorum);
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(new String(check.body(), StandardCharsets.UTF_8)).contains("\"ruleId\":\"KL-QUORUM\"");
        HttpResponse<byte[]> committees = jar.http.get("/api/v1/committees");
        assertThat(committees.statusCode()).isEqualTo(200);
        assertThat(new String(committees.body(), StandardCharsets.UTF_8)).contains("e-namnden-norrbotten");
    }
}
