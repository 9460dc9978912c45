package se.namndkoll.documents.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.format.RawLine;
import se.namndkoll.documents.format.RawText;
import se.namndkoll.documents.layout.Layout;
import se.namndkoll.documents.layout.Unfolding;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.GoverningText;

class KindReaderTest {

    @Test
    void everyKindButOtherHasItsReader() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(KindReader.of(kind)).as(kind.name()).matches(r -> kind == DocumentKind.OTHER ? r == null : r != null);
        }
        assertThat(KindReader.of(DocumentKind.MEMO)).isSameAs(AgendaReader.MEMO_READER);
    }

    @Test
    void theGoverningTextReaderReadsAPartTitledAsAReglementeAndNothingElse() {
        Layout w = layout("Reglemente för gemensam nämnd för hjälpmedel", "", "1 § Nämndens uppgifter",
                "Nämnden ansvarar för hjälpmedel åt parterna.", "2 § Sammansättning", "Nämnden består av fem ledamöter och fem ersättare.");
        GoverningText text = GoverningTextReader.READER.read(w, 0, w.size() - 1, KindReader.Context.of(null));
        assertThat(text.kind()).isEqualTo(GoverningDocumentKind.REGLEMENTE);
        assertThat(text.title()).isEqualTo("Reglemente för gemensam nämnd för hjälpmedel");
        assertThat(GoverningTextReader.READER.read(layout("Protokoll", "§ 1 Val av justerare"), 0, 1, KindReader.Context.of(null))).isNull();
    }

    private static Layout layout(String... lines) {
        List<RawLine> raw = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            raw.add(new RawLine(i + 1, null, lines[i]));
        }
        return new Layout("test.txt", Unfolding.unfold(new RawText("text", "UTF-8", raw, List.of())));
    }
}
