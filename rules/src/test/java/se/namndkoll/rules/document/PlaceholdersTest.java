package se.namndkoll.rules.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    /**
     * Each pattern is run only when its own literal is in the text (performance): on random texts
     * made of the literals, their neighbours and ordinary words, the answer is always that of running
     * every pattern.
     */
    @Test
    void runningOnlyThePatternsWhoseLiteralIsThereChangesNoAnswer() {
        String[] pieces = {"x", "X", "xx", "XXX", "20", "19", "d", "D", "dd", "DD", "MM", "ÅÅÅÅ", "YYYY", "-", ".", "/",
            "?", "??", "???", "T", "TB", "TBD", "TBA", "N", "NN", "N.", "N. N.", "lorem", "Lorem", "LOREM", "ipsum",
            " ", "  ", "\n", "[", "]", "[datum]", "[ort", "namn]", "…", "XIV", "XX", "Karl", "sic", "kr", "å", "e-post",
            "_", "1", "2020", "beslut", "Namn", "ort", "och"};
        Random random = new Random(20261126);
        int withPlaceholders = 0;
        for (int i = 0; i < 20_000; i++) {
            String t = RandomTexts.of(random, pieces, 14);
            assertThat(Placeholders.find(t)).as(t).isEqualTo(t.isBlank() ? java.util.List.of() : Placeholders.find(t, Placeholders.ALL));
            if (!Placeholders.find(t).isEmpty()) {
                withPlaceholders++;
            }
        }
        assertThat(withPlaceholders).as("texts with a placeholder").isGreaterThan(2_000);
    }

    @Test
    void bracketsHoldingOnlySeparatorsAreNoFillInsAndNoError() {
        // found by the property test below: "[/]" threw ArrayIndexOutOfBoundsException inside the
        // placeholder rules' condition, and the whole check failed
        assertThat(Placeholders.find("Anna Andersson [/] justerar")).isEmpty();
        assertThat(Placeholders.find("Se [,] och [ / ] samt [, /]")).isEmpty();
        assertThat(Placeholders.find("[/datum]")).containsExactly("[/datum]");
    }

    @Test
    void runsOfXAreFoundInTheSeedProposal() {
        assertThat(Placeholders.find("2. Fakturering av parterna sker i xxx 2020.")).containsExactly("xxx");
        assertThat(Placeholders.find("Beloppet är XXXX kr")).containsExactly("XXXX");
        assertThat(Placeholders.find("Sammanträdet hålls den XX maj")).containsExactly("XX");
        assertThat(Placeholders.find("datum xx-xx-xxxx")).containsExactly("xx", "xx", "xxxx");
        assertThat(Placeholders.find("Budget 20XX")).containsExactly("20XX");
    }

    @Test
    void xInsideWordsAndRomanNumeralsAreNotPlaceholders() {
        assertThat(Placeholders.find("Storlek XXL och Exxon samt taxxa")).isEmpty();
        assertThat(Placeholders.find("Karl XII och kapitel XIV, sidan XXI")).isEmpty();
        assertThat(Placeholders.find("Avsnitten XIX, XX och XXI")).isEmpty();
        assertThat(Placeholders.find("Copyright MMXX")).isEmpty();
        assertThat(Placeholders.find("Ett x i texten och 3 x 4 meter")).isEmpty();
    }

    @Test
    void bracketedFillInsAreFound() {
        assertThat(Placeholders.find("Justering sker [datum] i [ort]")).containsExactly("[datum]", "[ort]");
        assertThat(Placeholders.find("Kontakt: [Namn Efternamn]")).containsExactly("[Namn Efternamn]");
        assertThat(Placeholders.find("Bidraget är [belopp] kr")).containsExactly("[belopp]");
        assertThat(Placeholders.find("Se vidare […] och [...]")).containsExactly("[…]", "[...]");
        assertThat(Placeholders.find("Sammanträde [sammanträdesdatum]")).containsExactly("[sammanträdesdatum]");
        assertThat(Placeholders.find("Beslut [ort och datum]")).containsExactly("[ort och datum]");
        assertThat(Placeholders.find("Belopp [xx] kr")).containsExactly("[xx]");
    }

    @Test
    void webArtefactsLinksFootnotesAndEditorialBracketsAreNotPlaceholders() {
        assertThat(Placeholders.find("E-post: [email protected]")).isEmpty();
        assertThat(Placeholders.find("Mejla [email\u00a0protected] eller [email protected]")).isEmpty();
        assertThat(Placeholders.find("Se not [1] och [12]")).isEmpty();
        assertThat(Placeholders.find("li.zakrisson[at]regionhjh[dot]se")).isEmpty();
        assertThat(Placeholders.find("[Läs mer](https://example.se) och [datum](https://example.se)")).isEmpty();
        assertThat(Placeholders.find("[x] Godkänd [ ] Avslag")).isEmpty();
        assertThat(Placeholders.find("[Ärendet utgick] och [sic]")).isEmpty();
        assertThat(Placeholders.find("Kommunstyrelsen [Region Jämtland Härjedalen]")).isEmpty();
    }

    @Test
    void dottedLeadersAreNotPlaceholders() {
        assertThat(Placeholders.find("3.1 Effektmål.....\t5")).isEmpty();
        assertThat(Placeholders.find("<b>Basfakta</b> .....\t<b>4</b>")).isEmpty();
        assertThat(Placeholders.find(".....  ")).isEmpty();
        assertThat(Placeholders.find("Underskrift ......................")).isEmpty();
    }

    @Test
    void otherPlaceholdersAreFound() {
        assertThat(Placeholders.find("Ansvarig: ???")).containsExactly("???");
        assertThat(Placeholders.find("Vad händer nu???")).isEmpty();
        assertThat(Placeholders.find("Start TBD, rapport TBA")).containsExactly("TBD", "TBA");
        assertThat(Placeholders.find("Ordförande NN och sekreterare N.N.")).containsExactly("NN", "N.N.");
        assertThat(Placeholders.find("INNEHÅLL och Ann Nilsson")).isEmpty();
        assertThat(Placeholders.find("Justeras ÅÅÅÅ-MM-DD")).containsExactly("ÅÅÅÅ-MM-DD");
        assertThat(Placeholders.find("Date YYYY-MM-DD")).containsExactly("YYYY-MM-DD");
        assertThat(Placeholders.find("Lorem ipsum dolor sit amet")).containsExactly("Lorem ipsum");
    }

    @Test
    void ordinaryTextHasNoPlaceholders() {
        assertThat(Placeholders.any("Basfinansieringen för 2020 fastställs till 914 400 kr, som delas lika mellan nämndens parter.")).isFalse();
        assertThat(Placeholders.any("Justerade paragrafer 1-6")).isFalse();
        assertThat(Placeholders.any(null)).isFalse();
        assertThat(Placeholders.any("   ")).isFalse();
    }

    @Test
    void tokensAreDistinctAndTheExcerptIsShort() {
        assertThat(Placeholders.tokens("xxx och xxx och [datum]")).isEqualTo("xxx, [datum]");
        assertThat(Placeholders.excerpt("Fakturering  av parterna\nsker i xxx 2020.", "xxx")).isEqualTo("Fakturering av parterna sker i xxx 2020.");
        String longText = "a ".repeat(200) + "xxx" + " b".repeat(200);
        String excerpt = Placeholders.excerpt(longText, "xxx");
        assertThat(excerpt).contains("xxx").startsWith("…").endsWith("…");
        assertThat(excerpt.length()).isLessThan(140);
    }
}
