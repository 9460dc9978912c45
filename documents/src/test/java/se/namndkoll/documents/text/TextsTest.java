package se.namndkoll.documents.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.RandomTexts;

class TextsTest {

    @Test
    void wordsAreTheRunsOfLettersAndNumbers() {
        assertThat(Texts.words("§ 12 Budget 2020–2022, Luleå kommun (E-nämnden)"))
                .containsExactly("12", "budget", "2020", "2022", "luleå", "kommun", "e", "nämnden");
        assertThat(Texts.words("  -- ")).isEmpty();
        assertThat(Texts.words("")).isEmpty();
    }

    /** The hand-written loop gives what the split at [^\p{L}\p{N}]+ it replaced gave, on any text. */
    @Test
    void wordsAgreeWithTheRegularExpressionOnRandomText() {
        String alphabet = "abcåäöÅÄÖ XYZ 0129 ½²Ⅻ٣ -–,.§/\t\u00a0\u2009ǅʰ中\uD835\uDC00\uD83D\uDE00'\"";
        String[] characters = RandomTexts.characters(alphabet);
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            String text = RandomTexts.of(random, characters, 39);
            assertThat(Texts.words(text)).as("words of \"%s\"", text).isEqualTo(byRegex(text));
        }
    }

    @Test
    void wordCountIsTheLengthOfTheSplitAtWhiteSpace() {
        String alphabet = "ab  \t\n\u000b\f\r\u00a0x.";
        String[] characters = RandomTexts.characters(alphabet);
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            String text = RandomTexts.of(random, characters, 11);
            assertThat(Texts.wordCount(text)).as("\"%s\"", text).isEqualTo(text.split("\\s+").length);
        }
    }

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Texts.SWEDISH).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void byRegexIsTheReference() {
        assertThat(byRegex("a1 b2")).isEqualTo(Arrays.asList("a1", "b2"));
    }
}
