package se.namndkoll.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statute data and its reader: what a section's wording is, and what a citation points at. */
class StatutesTest {

    private final Statutes statutes = Statutes.bundled();

    private Statutes.Section section(String citation) {
        Statutes.Lookup l = statutes.lookup(citation);
        assertThat(l.problem()).as(citation).isNull();
        return l.section();
    }

    @Test
    void theNextSectionsHeadingIsNotPartOfTheWording() {
        Statutes.Section quorum = section("KL 6 kap. 27 §");
        assertThat(quorum.wording()).isEqualTo("En nämnd får handlägga ärenden endast om fler än hälften av ledamöterna är närvarande.");
        // no amendment note: the wording of the statute itself
        assertThat(quorum.version()).isEqualTo("SFS 2017:725");
        assertThat(quorum.amended()).isFalse();
    }

    @Test
    void theAmendmentNoteIsTheVersionAndNotTheWording() {
        Statutes.Section announcement = section("KL 9 kap. 32 §");
        assertThat(announcement.wording()).isEqualTo("Justeringen av en gemensam nämnds protokoll ska tillkännages på var och en av de "
                + "samverkande kommunernas och regionernas anslagstavlor.");
        assertThat(announcement.version()).isEqualTo("Lag (2019:835)");
        assertThat(section("LOU 3 kap. 12 §").version()).isEqualTo("Lag (2017:770)");
        // a note without its full stop, followed by a heading
        assertThat(section("LOU 1 kap. 1 §").wording()).endsWith("(bilaga 3).");
        assertThat(section("LOU 1 kap. 1 §").version()).isEqualTo("Lag (2023:815)");
    }

    @Test
    void aHeadingEndingInAnAbbreviationIsStillAHeading() {
        assertThat(section("LOU 3 kap. 18 §").wording()).endsWith("kvantitativt eller kvalitativt verksamhetsmått.");
    }

    @Test
    void rangesAreWrittenAsPrintedAndALineBreakHyphenIsJoined() {
        assertThat(section("KL 6 kap. 35 §").wording()).contains("5 kap. 65–67 och 69 §§ och 8 kap. 12 §");
        assertThat(section("KL 13 kap. 5 §").wording()).contains("från det att tillkännagivandet skett på anslagstavlorna i samtliga");
    }

    @Test
    void aSectionTheSourceCutOffIsMarkedAndKeptWhole() {
        Statutes.Section cut = section("KL 9 kap. 28 §");
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.wording()).endsWith("får i den omfattning som anges i");
        assertThat(statutes.check("KL 9 kap. 28 §", List.of("gemensam nämnd"))).singleElement().asString().contains("cut off");
    }

    @Test
    void everySectionHasWording() {
        for (Statutes.Statute s : statutes.statutes()) {
            assertThat(s.sections()).isNotEmpty();
            s.sections().forEach((ref, section) -> assertThat(section.wording()).as(s.prefix() + " " + ref).isNotBlank());
        }
        Statutes.Statute kl = statutes.statutes().stream().filter(s -> s.prefix().equals("KL")).findFirst().orElseThrow();
        assertThat(kl.sections()).hasSize(324);
    }

    @Test
    void aStyckeAndAPunktNarrowTheCitedText() {
        assertThat(statutes.lookup("LOU 3 kap. 13 § andra stycket 1").part())
                .isEqualTo("motpartens beslutsorgan består av representanter från samtliga myndigheter,");
        assertThat(statutes.lookup("LOU 3 kap. 12 § första stycket 3").part())
                .isEqualTo("det inte finns något direkt privat ägarintresse i motparten.");
        assertThat(statutes.lookup("LOU 3 kap. 17 § 3").part())
                .isEqualTo("myndigheterna på den öppna marknaden utövar mindre än 20 procent av den verksamhet som berörs av samarbetet.");
        assertThat(statutes.lookup("KL 11 kap. 5 § andra stycket").part()).isEqualTo("Budgeten ska upprättas så att intäkterna överstiger kostnaderna.");
        assertThat(statutes.lookup("Lag (1930:173) 2 § första stycket").part()).endsWith("får åtgärden vidtas nästa vardag.");
    }

    @Test
    void aQuotationMustBeInTheCitedPart() {
        assertThat(statutes.check("LOU 3 kap. 13 § andra stycket 1", List.of("beslutsorgan består av representanter"))).isEmpty();
        // the words are in the section, but in punkt 2
        assertThat(statutes.check("LOU 3 kap. 13 § andra stycket 1", List.of("avgörande inflytande"))).hasSize(1);
        assertThat(statutes.check("KL 6 kap. 27 §", List.of("mer än hälften"))).hasSize(1);
        assertThat(statutes.check("KL 6 kap. 27 §", List.of())).singleElement().asString().contains("no quotation");
    }

    @Test
    void aCitationWithoutASectionOrWithAWrongOneIsReported() {
        assertThat(statutes.isStatutory("KL 9 kap.")).isTrue();
        assertThat(statutes.lookup("KL 9 kap.").found()).isFalse();
        assertThat(statutes.lookup("KL 5 kap. 99 §").found()).isFalse();
        // the stycken of 6:27 are not shown by any text
        assertThat(statutes.lookup("KL 6 kap. 27 § andra stycket").found()).isFalse();
        assertThat(statutes.lookup("LOU 3 kap. 17 § 4").found()).isFalse();
        assertThat(statutes.isStatutory("Reglemente § 7")).isFalse();
        assertThat(statutes.isStatutory("Ingen lagregel (dokumentkontroll)")).isFalse();
    }

    @Test
    void everyStyckeIsShownByTheStatutesOwnWords() {
        for (Statutes.Statute s : statutes.statutes()) {
            for (Statutes.Structure st : s.structure()) {
                assertThat(st.evidence()).as(st.section()).isNotEmpty();
                for (Statutes.Structure.Evidence e : st.evidence()) {
                    Statutes.Lookup l = statutes.lookup(e.ref());
                    assertThat(l.problem()).as(e.ref()).isNull();
                    assertThat(l.part()).as(st.section() + " stycke " + st.stycke() + ", evidence in " + e.ref()).contains(e.quote());
                }
            }
        }
    }

    @Test
    void punktIsReadFromTheNumbering() {
        assertThat(Statutes.punkt("om 1. a, 2. b, och 3. c.", 2)).isEqualTo("b, och");
        assertThat(Statutes.punkt("om 1. a, 2. b, och 3. c.", 3)).isEqualTo("c.");
        assertThat(Statutes.punkt("om 1. a, 2. b.", 3)).isNull();
    }
}
