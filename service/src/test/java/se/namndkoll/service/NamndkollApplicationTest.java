package se.namndkoll.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code java -jar namndkoll.jar} does with its arguments before anything starts. */
class NamndkollApplicationTest {

    @Test
    void helpIsAskedForWithHelpDashHOrTheWordHelpFirst() {
        assertThat(NamndkollApplication.asksForHelp(new String[] {"--help"})).isTrue();
        assertThat(NamndkollApplication.asksForHelp(new String[] {"-h"})).isTrue();
        assertThat(NamndkollApplication.asksForHelp(new String[] {"help"})).isTrue();
        assertThat(NamndkollApplication.asksForHelp(new String[] {"--server.port=9090", "--help"})).isTrue();
        assertThat(NamndkollApplication.asksForHelp(new String[] {})).isFalse();
        assertThat(NamndkollApplication.asksForHelp(new String[] {"--server.port=9090"})).isFalse();
        assertThat(NamndkollApplication.asksForHelp(new String[] {"--namndkoll.data-dir=help"})).isFalse();
    }

    @Test
    void theUsageTellsHowToStartTheServiceAndUseTheCommandLineWithEveryExitStatus() {
        String usage = NamndkollApplication.usage();
        assertThat(usage).contains("java -jar namndkoll.jar check").contains("--server.port=8080").contains("--namndkoll.data-dir")
                .contains("--spring.profiles.active=postgres").contains("Slutstatus:")
                .contains("  0  ").contains("  1  ").contains("  2  ").contains("  3  ");
    }
}
