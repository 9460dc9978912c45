package se.namndkoll.documents.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list of persons run together without parties, parted into its persons. */
class PersonListTest {

    @Test
    void namesArePartedByTheirFirstNamesAndSurnames() {
        assertThat(PersonList.split("Eva Lind, ordförande Sixten Ek Birgitta Norrman Karl Gunnar Mattsson Ing-Marie Berg S Åke Nilsson"))
                .containsExactly("Eva Lind, ordförande", "Sixten Ek", "Birgitta Norrman", "Karl Gunnar Mattsson", "Ing-Marie Berg", "S Åke Nilsson");
        // the person's own words after a comma and the ledamot an ersättare serves for stay with the person
        assertThat(PersonList.split("Olof Ström för Kurt Edlund Lena Berg, Kalix, ej tjänstgörande ersättare Per Holm"))
                .containsExactly("Olof Ström för Kurt Edlund", "Lena Berg, Kalix, ej tjänstgörande ersättare", "Per Holm");
    }

    @Test
    void aLineOfFewerThanThreeNamesIsNoList() {
        assertThat(PersonList.split("Anna Andersson, Bräcke, ordförande")).containsExactly("Anna Andersson, Bräcke, ordförande");
        assertThat(PersonList.split("Anna Andersson och Per Persson")).containsExactly("Anna Andersson och Per Persson");
    }
}
