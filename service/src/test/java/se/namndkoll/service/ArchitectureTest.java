package se.namndkoll.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The boundaries of STYLE practice 6 and 19, checked on the sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "se", "namndkoll", "service");

    private static List<String> offending(Path folder, String... forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> Stream.of(forbidden).anyMatch(l::contains)).map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void theApiNeverTouchesTheEngineItself() throws IOException {
        assertThat(offending(MAIN.resolve("api"), "org.kie", "org.drools", "se.namndkoll.rules.RuleEngine", "se.namndkoll.rules.engine",
                "se.namndkoll.rules.decisions", "org.springframework.jdbc")).isEmpty();
    }

    @Test
    void theKafkaAdapterChecksOnlyThroughTheServicesTheApiUses() throws IOException {
        assertThat(offending(MAIN.resolve("kafka"), "org.kie", "org.drools", "se.namndkoll.rules", "se.namndkoll.documents.DocumentImporter",
                "org.springframework.jdbc", "se.namndkoll.service.evaluation")).isEmpty();
    }

    @Test
    void controllersArePackagePrivate() throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve("api"))) {
            files.filter(p -> p.getFileName().toString().endsWith("Controller.java")).forEach(p -> {
                try {
                    assertThat(Files.readString(p)).as(p.toString()).doesNotContain("public class");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
