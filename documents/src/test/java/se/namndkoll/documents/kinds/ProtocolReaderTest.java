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

    @Test
    void aNarvarolistaThatMarksEachPersonCountsOnlyThoseMarkedPresent() throws Exception {
        String text = String.join("\n", "PROTOKOLL", "Tekniska nämnden", "Sammanträdesdatum 2026-02-04", "",
                "Närvarolista", "Ledamöter", "Anna Ek (S) N", "Per Lind (M) F", "Ersättare", "Eva Berg (S) NT", "Olle Ny (M) N", "",
                "§ 1 Information", "Beslut", "Nämnden lägger informationen till handlingarna.");
        var d = new se.namndkoll.documents.StandardDocumentImporter().read("protokoll.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new se.namndkoll.documents.ImportOptions(null, java.util.List.of(), null));
        assertThat(d.input().protocol().attendance())
                .extracting(a -> a.person() + " " + a.role() + " " + a.serving())
                .containsExactly("Anna Ek LEDAMOT true", "Eva Berg ERSATTARE true", "Olle Ny ERSATTARE false");
    }
}
