package se.namndkoll.documents.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void aNameMadeOfWordsForKindsOfBodiesIsGeneric() {
        assertThat(Vocabulary.distinctive("Gemensamma nämnden")).isFalse();
        assertThat(Vocabulary.distinctive("Gemensam nämnd för samverkan")).isFalse();
        assertThat(Vocabulary.distinctive("E-nämnden")).isFalse();
        assertThat(Vocabulary.distinctive("Direktionen")).isFalse();
        assertThat(Vocabulary.distinctive("Norrbottens e-nämnd")).isTrue();
        assertThat(Vocabulary.distinctive("Gemensam nämnd för samverkan inom drift och service")).isTrue();
        assertThat(Vocabulary.distinctive(null)).isFalse();
    }

    @Test
    void everyLabelHasARoleAndTheLongestMatchWins() {
        assertThat(Vocabulary.labels()).isNotEmpty().allSatisfy(l -> assertThat(l.role()).isNotNull());
        assertThat(Vocabulary.role("Tid och plats för justering")).isEqualTo(FieldRole.ADJUSTMENT);
        assertThat(Vocabulary.role("tid och plats")).isEqualTo(FieldRole.MEETING);
        assertThat(Vocabulary.labels().get(0).text().length())
                .isGreaterThanOrEqualTo(Vocabulary.labels().get(Vocabulary.labels().size() - 1).text().length());
    }
}
