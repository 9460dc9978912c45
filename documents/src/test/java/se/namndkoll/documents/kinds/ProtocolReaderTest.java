package se.namndkoll.documents.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolReaderTest {

    @Test
    void aLineOfPersonsIsSplitAtEachNameWithItsParty() {
        assertThat(ProtocolReader.persons("Anna Persson (S), Borås, ordförande, Lars Eriksson (C), Mark och Eva Ek (M)"))
                .containsExactly("Anna Persson (S), Borås, ordförande", "Lars Eriksson (C), Mark", "Eva Ek (M)");
        assertThat(ProtocolReader.persons("Anna Persson (S), Borås")).containsExactly("Anna Persson (S), Borås");
        assertThat(ProtocolReader.persons("Karin Berg (C), tjänstgörande ersättare för Olle Olsson (C), Åre"))
                .containsExactly("Karin Berg (C), tjänstgörande ersättare för Olle Olsson (C), Åre");
    }
}
