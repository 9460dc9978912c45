package se.namndkoll.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void caseSpacingAndAPartySuffixDoNotMatter() {
        assertThat(PersonNames.same("Sara Lundberg (S)", "sara  lundberg")).isTrue();
        assertThat(PersonNames.same(" Erik Grähs ", "Erik Grähs (V)")).isTrue();
        assertThat(PersonNames.same("Ulrica Hammarström", "ULRICA HAMMARSTRÖM")).isTrue();
    }

    @Test
    void differentOrUnknownNamesDoNotMatch() {
        assertThat(PersonNames.same("Sara Lundberg", "Sara Lundqvist")).isFalse();
        assertThat(PersonNames.same("S. Lundberg", "Sara Lundberg")).isFalse();
        assertThat(PersonNames.same(null, null)).isFalse();
        assertThat(PersonNames.same("", " ")).isFalse();
        assertThat(PersonNames.same("Sara Lundberg", null)).isFalse();
    }
}
