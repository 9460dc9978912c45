package se.namndkoll.documents.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body a text names, as it names it. */
class BodyNamesTest {

    @Test
    void aBodyIsTheWordsAroundTheWordThatNamesItsKind() {
        assertThat(BodyNames.name("LINDÅS KOMMUN SAMMANTRÄDESPROTOKOLL 1 (12) Kommunstyrelsens arbetsutskott", false))
                .isEqualTo("Kommunstyrelsens arbetsutskott");
        assertThat(BodyNames.name("Norra Vikens Gymnasieförbund", false)).isEqualTo("Norra Vikens Gymnasieförbund");
        assertThat(BodyNames.name("Direktionen för Ådalens Miljöförbund", true)).isEqualTo("Direktionen för Ådalens Miljöförbund");
        assertThat(BodyNames.name("Kallelse till Kultur- och fritidsnämnden 2024-05-02", false)).isEqualTo("Kultur- och fritidsnämnden");
        assertThat(BodyNames.name("Samordningsförbundet Norrdal", false)).isEqualTo("Samordningsförbundet Norrdal");
        // a genitive before the word it qualifies is no part of the name
        assertThat(BodyNames.name("Barn- och utbildningsnämndens sammanträde", false)).isEqualTo("Barn- och utbildningsnämnden");
    }

    @Test
    void aWordOnlyStartingLikeABodyOrABareKindNamesNone() {
        assertThat(BodyNames.name("Förbundsordning för Räddningstjänsten", false)).isNull();
        assertThat(BodyNames.name("Ärendet har beretts av nämnden", false)).isNull();
        assertThat(BodyNames.name("Protokoll 2024-05-02", false)).isNull();
    }
}
