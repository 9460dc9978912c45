package se.namndkoll.service.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flags every command reads the same way. */
class FlagsTest {

    @Test
    void aFlagWithItsValueAfterAnEqualsSignIsTwoArgumentsButNotAfterALoneDoubleDash() {
        assertThat(Flags.split(new String[] {"check", "--as-of=2026-03-11", "--format", "json", "--", "--x=y.txt"}, 1))
                .containsExactly("--as-of", "2026-03-11", "--format", "json", "--", "--x=y.txt");
        assertThat(Flags.split(new String[] {"a=b.txt", "--committee=", "-x=1"}, 0)).containsExactly("a=b.txt", "--committee", "", "-x=1");
    }

    @Test
    void aMissingValueIsNamed() {
        List<String> args = List.of("--out", "--format", "json");
        assertThatThrownBy(() -> Flags.value(args, 1, "--out")).hasMessage("--out saknar värde");
        assertThatThrownBy(() -> Flags.value(args, 3, "--format")).hasMessage("--format saknar värde");
        assertThat(Flags.value(args, 2, "--format")).isEqualTo("json");
    }

    @Test
    void datesFormatsAndCountsAreCheckedWithTheFlagInTheMessage() {
        assertThat(Flags.date("--as-of", "2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> Flags.date("--as-of", "2026-02-29")).hasMessage("--as-of väntar ett datum ÅÅÅÅ-MM-DD, fick \"2026-02-29\"");
        assertThat(Flags.format("--format", "JSON")).isEqualTo("json");
        assertThatThrownBy(() -> Flags.format("--format", "xml")).hasMessage("--format är text eller json, inte \"xml\"");
        assertThat(Flags.positive("--threads", "1")).isEqualTo(1);
        assertThatThrownBy(() -> Flags.positive("--threads", "0")).hasMessage("--threads väntar ett positivt heltal, fick \"0\"");
        assertThatThrownBy(() -> Flags.positive("--threads", "två")).hasMessage("--threads väntar ett positivt heltal, fick \"två\"");
    }
}
