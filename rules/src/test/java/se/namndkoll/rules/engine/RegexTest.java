package se.namndkoll.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexTest {

    @Test
    void matchesTheWholeValueAsDrlMatchesDoes() {
        assertThat(Regex.matches("GNS/13/2019", "(?s).*[0-9].*")).isTrue();
        assertThat(Regex.matches("GNS/", "(?s).*[0-9].*")).isFalse();
        assertThat(Regex.matches("", "(?s).*[0-9].*")).isFalse();
        // whole value, not a find: "2019" alone matches [0-9]+, "Dnr 2019" does not
        assertThat(Regex.matches("2019", "[0-9]+")).isTrue();
        assertThat(Regex.matches("Dnr 2019", "[0-9]+")).isFalse();
        // flags in the pattern: case-insensitive, Unicode case, dot matches a line break
        assertThat(Regex.matches("Tid och plats för\nJUSTERING", "(?isu).*juster(ing|are).*")).isTrue();
    }

    @Test
    void aMissingValueNeverMatches() {
        assertThat(Regex.matches(null, ".*")).isFalse();
    }

    @Test
    void compilesEachPatternOnce() {
        assertThat(Regex.pattern("a+b")).isSameAs(Regex.pattern("a+b"));
    }
}
