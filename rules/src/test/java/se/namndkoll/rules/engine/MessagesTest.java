package se.namndkoll.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void amountsAreGroupedAndShowÖreWithTwoDigits() {
        assertThat(Messages.format(new BigDecimal("914400"), false, Messages.SWEDISH)).isEqualTo("914 400");
        assertThat(Messages.format(new BigDecimal("914400.1"), false, Messages.SWEDISH)).isEqualTo("914 400,10");
        assertThat(Messages.format(new BigDecimal("914400.10"), false, Messages.ENGLISH)).isEqualTo("914,400.10");
        assertThat(Messages.format(new BigDecimal("914400.00"), false, Messages.SWEDISH)).isEqualTo("914 400");
    }

    @Test
    void sharesArePercentagesAndOtherValuesReadNaturally() {
        assertThat(Messages.format(new BigDecimal("0.8"), true, Messages.SWEDISH)).isEqualTo("80 %");
        assertThat(Messages.format(new BigDecimal("0.8001"), true, Messages.SWEDISH)).isEqualTo("80,01 %");
        assertThat(Messages.format(LocalDate.of(2020, 3, 11), false, Messages.SWEDISH)).isEqualTo("2020-03-11");
        assertThat(Messages.format(List.of("Åre kommun", "Bergs kommun"), false, Messages.SWEDISH)).isEqualTo("Åre kommun, Bergs kommun");
        assertThat(Messages.format(null, false, Messages.SWEDISH)).isEqualTo("uppgift saknas");
    }

    @Test
    void aPartInDoubleBracketsIsSaidOnlyWhenItsFactsAreKnown() {
        String template = "Protokollet[[ från sammanträdet {meetingDate}]] redovisar inte vilka som deltog.";
        java.util.Map<String, Object> known = new java.util.HashMap<>();
        known.put("meetingDate", LocalDate.of(2020, 3, 11));
        assertThat(Messages.fill(template, known, Messages.SWEDISH)).isEqualTo("Protokollet från sammanträdet 2020-03-11 redovisar inte vilka som deltog.");
        java.util.Map<String, Object> unknown = new java.util.HashMap<>();
        unknown.put("meetingDate", null);
        assertThat(Messages.fill(template, unknown, Messages.SWEDISH)).isEqualTo("Protokollet redovisar inte vilka som deltog.");
        // a placeholder outside the brackets is said as before; one the rule does not supply is a defect
        assertThat(Messages.fill("{a}[[ och {b}]]", java.util.Map.of("a", 1, "b", 2), Messages.SWEDISH)).isEqualTo("1 och 2");
        // a fact only an optional part names may be left out; one the text needs may not
        assertThat(Messages.fill("a[[ {c}]]", java.util.Map.of(), Messages.SWEDISH)).isEqualTo("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Messages.fill("{c}", java.util.Map.of(), Messages.SWEDISH))
                .isInstanceOf(IllegalStateException.class);
    }
}
