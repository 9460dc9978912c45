package se.namndkoll.documents.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.text.Texts;

/** How a registered committee's names are found in a document's (folded) text. */
class CommitteeRecognizerTest {

    /** A committee called "Gemensamma nämnden för samverkan", also "Gemensamma nämnden". */
    private static final List<String> NAMES = List.of("gemensamma nämnden för samverkan", "gemensamma nämnden");

    private static int at(String text, String name) {
        return CommitteeRecognizer.indexOf(Texts.fold(text), name, 0, NAMES);
    }

    @Test
    void aNameCountsAsAWholePhraseAlsoInTheGenitive() {
        assertThat(at("enligt gemensamma nämnden för samverkans reglemente", "Gemensamma nämnden för samverkan")).isEqualTo(7);
        assertThat(at("gemensamma nämnden beslutade att", "Gemensamma nämnden")).isZero();
        assertThat(at("gemensamma nämndens uppgift", "Gemensamma nämnden")).isZero();
        assertThat(at("gemensamma nämnderna", "Gemensamma nämnden")).isEqualTo(-1);
        assertThat(at("ogemensamma nämnden", "Gemensamma nämnden")).isEqualTo(-1);
    }

    @Test
    void aNameTheTextQualifiesIntoAnotherBodysNameDoesNotCount() {
        assertThat(at("gemensamma nämnden för upphandling beslutade", "Gemensamma nämnden")).isEqualTo(-1);
        assertThat(at("protokoll från gemensamma nämnden i västernorrland", "Gemensamma nämnden")).isEqualTo(-1);
        // the committee's own longer name at the same place is the committee
        assertThat(at("gemensamma nämnden för samverkan beslutade", "Gemensamma nämnden")).isZero();
        // a later, unqualified mention still counts
        assertThat(at("gemensamma nämnden för upphandling och gemensamma nämnden", "Gemensamma nämnden")).isEqualTo(39);
    }

    @Test
    void aPartysNameIsNeverTakenAsQualified() {
        assertThat(CommitteeRecognizer.indexOf("bräcke kommun i samverkan", "Bräcke kommun", 0, null)).isZero();
    }

    @Test
    void aDocumentIsNeverAttributedToACommitteeOnAGenericName() {
        // the registry calls the Jämtland committee "Gemensamma nämnden" and "Gemensam nämnd för
        // samverkan" too, and the Norrbotten one "E-nämnden": names a few hundred bodies share
        List<se.namndkoll.rules.model.Committee> registry = se.namndkoll.rules.reference.ReferenceCommittees.all();
        for (String text : List.of(
                "Reglemente för gemensamma nämnden\nGemensamma nämnden ska ansvara för hjälpmedel. Gemensamma nämnden består av sex ledamöter.",
                "Avtal om samverkan\nGemensam nämnd för samverkan kring socialtjänst och vård. Gemensamma nämnden har sitt säte i Nyköping.",
                "Protokoll\nE-nämnden\nSammanträdesdatum 2024-03-11\n§ 1 Val av justerare")) {
            assertThat(CommitteeRecognizer.recognise(layout(text), registry)).as(text).isNull();
        }
        // its distinctive name is enough, at the top or in running text
        assertThat(CommitteeRecognizer.recognise(layout("Protokoll\nNorrbottens e-nämnd\nSammanträdesdatum 2024-03-11"), registry))
                .extracting(r -> r.committee().id()).isEqualTo("e-namnden-norrbotten");
    }

    private static se.namndkoll.documents.layout.Layout layout(String text) {
        List<se.namndkoll.documents.format.RawLine> lines = new java.util.ArrayList<>();
        String[] parts = text.split("\n");
        for (int i = 0; i < parts.length; i++) {
            lines.add(new se.namndkoll.documents.format.RawLine(i + 1, null, parts[i]));
        }
        return new se.namndkoll.documents.layout.Layout("test.txt", new se.namndkoll.documents.format.RawText("text", null, lines, List.of()));
    }
}
