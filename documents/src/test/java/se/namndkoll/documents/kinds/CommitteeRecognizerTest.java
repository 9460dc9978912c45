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
}
