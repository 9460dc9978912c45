package se.namndkoll.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;

class PartyNamesTest {

    private final Party berg = new Party("berg", "Bergs kommun", PartyKind.KOMMUN);
    private final Party are = new Party("are", "Åre kommun", PartyKind.KOMMUN);
    private final Party region = new Party("region-jamtland-harjedalen", "Region Jämtland Härjedalen", PartyKind.REGION);
    private final Party haparanda = new Party("haparanda", "Haparanda stad", PartyKind.KOMMUN);

    @Test
    void aKommunIsRecognisedWithAndWithoutTheWordKommunAndTheGenitive() {
        assertThat(PartyNames.matches(berg, "Bergs kommun")).isTrue();
        assertThat(PartyNames.matches(berg, "Berg")).isTrue();
        assertThat(PartyNames.matches(berg, "Bergs")).isTrue();
        assertThat(PartyNames.matches(berg, " bergs  kommun. ")).isTrue();
        assertThat(PartyNames.matches(are, "Åre kommun")).isTrue();
        assertThat(PartyNames.matches(are, "Are")).isFalse();
    }

    @Test
    void aRegionAndAStadAreRecognised() {
        assertThat(PartyNames.matches(region, "Region Jämtland Härjedalen")).isTrue();
        assertThat(PartyNames.matches(region, "Jämtland Härjedalen")).isTrue();
        assertThat(PartyNames.matches(haparanda, "Haparanda")).isTrue();
        assertThat(PartyNames.matches(haparanda, "Haparanda kommun")).isTrue();
    }

    @Test
    void differentPartiesDoNotMatch() {
        assertThat(PartyNames.matches(berg, "Bräcke kommun")).isFalse();
        assertThat(PartyNames.find(List.of(berg, are, region), "Östersunds kommun")).isEmpty();
        assertThat(PartyNames.find(List.of(berg, are, region), "Åre")).contains(are);
    }
}
