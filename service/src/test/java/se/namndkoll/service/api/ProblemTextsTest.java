package se.namndkoll.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every error text exists in Swedish and English, and every problem type has its texts. */
class ProblemTextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ProblemTextsTest.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("problems_en.properties").stringPropertyNames()).isEqualTo(load("problems.properties").stringPropertyNames());
    }

    @Test
    void everyProblemTypeHasATitleAndADetail() throws IOException {
        Properties sv = load("problems.properties");
        Arrays.stream(ProblemType.values()).forEach(type -> {
            assertThat(sv).containsKey("problem." + type.slug() + ".title");
            assertThat(sv.containsKey("problem." + type.slug() + ".detail") || sv.containsKey("problem." + type.slug() + ".detail.resource"))
                    .as(type.slug()).isTrue();
        });
    }
}
