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
}
