package se.namndkoll.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.namndkoll.rules.document.OrgNumbers.Problem;

class OrgNumbersTest {

    /** The pattern as it was before the "(?=o)" that lets it skip positions where no label starts. */
    private static final java.util.regex.Pattern WITHOUT_LOOKAHEAD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:org(?:anisations)?\\.?\\s*-?\\s*(?:nr|nummer)|organisationsnummer)\\.?\\s*[:.]?\\s*"
                    + "(\\d{6}[ \\u00a0]\\d{4}(?![\\d\\-\\u2013])|\\d[\\d\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]*\\d|\\d)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    @Test
    void theLookaheadChangesNoAnswer() {
        String[] pieces = {"org", "Org", "ORG", "o", "O", "r", "g", ".", " ", "-", "nr", "Nr", "nummer", "anisations",
            "organisationsnummer", ":", "212000", "2742", "1", "-2742", "\u00a0", "å", "borg", "x", "\u2013"};
        java.util.Random random = new java.util.Random(20261126);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String t = RandomTexts.of(random, pieces, 11);
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = WITHOUT_LOOKAHEAD.matcher(t);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertThat(OrgNumbers.inText(t)).as(t).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("numbers found").isGreaterThan(200);
    }

    @Test
    void theLuhnCheckDigitOfLuleaKommunIsTwo() {
        // 2·2=4, 1, 2·2=4, 0, 0, 0, 2·2=4, 7, 4·2=8: sum 28, check digit 10 − 8 = 2.
        assertThat(OrgNumbers.checkDigit("212000274")).isEqualTo(2);
        assertThat(OrgNumbers.checkDigit("556000000")).isEqualTo(1);
        assertThat(OrgNumbers.checkDigit("202100544")).isEqualTo(8);
        assertThatThrownBy(() -> OrgNumbers.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAcceptedFormsOfAValidNumber() {
        assertThat(OrgNumbers.check("212000-2742")).isEqualTo(Problem.NONE);
        assertThat(OrgNumbers.check("2120002742")).isEqualTo(Problem.NONE);
        assertThat(OrgNumbers.check("16212000-2742")).isEqualTo(Problem.NONE);
        assertThat(OrgNumbers.check("162120002742")).isEqualTo(Problem.NONE);
        assertThat(OrgNumbers.check(" 212000\u20132742 ")).isEqualTo(Problem.NONE);
        assertThat(OrgNumbers.check("556016-0680")).isEqualTo(Problem.NONE);
        assertThat(OrgNumbers.check("202100-5448")).isEqualTo(Problem.NONE);
    }

    @Test
    void aWrongCheckDigit() {
        assertThat(OrgNumbers.check("212000-2743")).isEqualTo(Problem.CHECK_DIGIT);
        assertThat(OrgNumbers.check("16212000-2741")).isEqualTo(Problem.CHECK_DIGIT);
        assertThat(OrgNumbers.expectedCheckDigit("212000-2743")).isEqualTo(2);
        assertThat(OrgNumbers.expectedCheckDigit("16212000-2741")).isEqualTo(2);
        assertThat(OrgNumbers.wrongCheckDigit("212000-2743")).isTrue();
    }

    @Test
    void malformedNumbers() {
        assertThat(OrgNumbers.check("21200-2742")).isEqualTo(Problem.FORMAT);
        assertThat(OrgNumbers.check("212000-27420")).isEqualTo(Problem.FORMAT);
        assertThat(OrgNumbers.check("19212000-2742")).isEqualTo(Problem.FORMAT);
        assertThat(OrgNumbers.check("212000 2742")).isEqualTo(Problem.FORMAT);
        assertThat(OrgNumbers.check("2120-002742")).isEqualTo(Problem.FORMAT);
        assertThat(OrgNumbers.check("21200O-2742")).isEqualTo(Problem.FORMAT);
        assertThat(OrgNumbers.expectedCheckDigit("21200-2742")).isNull();
        assertThat(OrgNumbers.malformed("21200-2742")).isTrue();
        assertThat(OrgNumbers.check(null)).isNull();
        assertThat(OrgNumbers.invalid(null)).isFalse();
        assertThat(OrgNumbers.invalid("")).isFalse();
    }

    @Test
    void numbersAfterALabelInText() {
        assertThat(OrgNumbers.inText("Luleå kommun, org.nr 212000-2742, 971 85 Luleå")).containsExactly("212000-2742");
        assertThat(OrgNumbers.inText("Organisationsnummer: 212000-2743")).containsExactly("212000-2743");
        assertThat(OrgNumbers.inText("Org. nr. 2120002742 och orgnr 21200-2742")).containsExactly("2120002742", "21200-2742");
        assertThat(OrgNumbers.inText("Org.nr 212000 2742 Tfn 0920-45 30 00")).containsExactly("212000 2742");
        assertThat(OrgNumbers.inText("Lag (1974:174) om identitetsbeteckning; organisationsnummer för juridiska personer")).isEmpty();
        assertThat(OrgNumbers.inText("Telefon 063-14 76 76")).isEmpty();
        assertThat(OrgNumbers.invalidInText("org.nr 212000-2742 och org.nr 212000-2743")).containsExactly("212000-2743");
    }
}
