package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database serves one instance: a second instance started on the data directory of a
 * running one is refused at start with one clear message (no stack trace), and the first goes on.
 */
class SecondInstanceIT {

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefused(@TempDir Path dataDir) throws Exception {
        try (JarProcess first = JarProcess.start(dataDir, "256m")) {
            Path log = Files.createTempFile("namndkoll-second", ".log");
            try {
                Process second = new ProcessBuilder(JarProcess.javaBin(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", JarProcess.jar().toString(),
                        "--server.port=" + JarProcess.freePort(), "--server.address=127.0.0.1", "--namndkoll.data-dir=" + dataDir)
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!second.waitFor(3, TimeUnit.MINUTES)) {
                    second.destroyForcibly();
                }
                String output = Files.readString(log);
                assertThat(second.exitValue()).as(output).isNotZero();
                assertThat(output.lines().filter(l -> l.contains("in use by another process")).toList()).as(output).hasSize(1);
                assertThat(output).contains(dataDir.toAbsolutePath().normalize().toString()).contains("--spring.profiles.active=postgres");
                assertThat(output.lines().filter(l -> l.contains(" ERROR ")).toList()).as("one error line").hasSize(1);
                assertThat(output).doesNotContain("\tat ", "Caused by", "APPLICATION FAILED TO START", "SQL State");
            } finally {
                Files.deleteIfExists(log);
            }
            first.http.assertHealthy();
            assertThat(first.http.get("/api/v1/committees").statusCode()).isEqualTo(200);
        }
    }
}
