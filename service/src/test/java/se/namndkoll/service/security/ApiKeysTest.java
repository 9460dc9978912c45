package se.namndkoll.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(Map.of("kansliet", "0123456789abcdef-kansliet", "system", "0123456789abcdef-system"));

    @Test
    void aConfiguredKeyIsMatchedToItsId() {
        assertThat(keys.match("0123456789abcdef-kansliet")).contains("kansliet");
        assertThat(keys.match("0123456789abcdef-system")).contains("system");
    }

    @Test
    void anyOtherKeyIsNotMatched() {
        assertThat(keys.match("0123456789abcdef-kanslie")).isEmpty();
        assertThat(keys.match("")).isEmpty();
        assertThat(keys.match("0123456789abcdef-kansliet ")).isEmpty();
    }

    @Test
    void aShortKeyIsRefusedInConfiguration() {
        assertThatThrownBy(() -> new ApiKeys(Map.of("weak", "short"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weak").hasMessageNotContaining("short\"");
    }
}
