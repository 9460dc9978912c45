package se.namndkoll.rules.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void aConsecutiveSequenceHasNoIssuesWhateverItsStartAndOrder() {
        assertThat(Numbering.check(List.of(1, 2, 3, 4), null)).isEmpty();
        assertThat(Numbering.check(List.of(31, 32, 33), null)).isEmpty();
        assertThat(Numbering.check(List.of(1, 3, 2), null)).isEmpty();
        assertThat(Numbering.check(List.of(), null)).isEmpty();
        assertThat(Numbering.check(Arrays.asList(1, null, 2), 1)).isEmpty();
    }

    @Test
    void aGapIsOneIssueWithAllItsMissingNumbers() {
        List<NumberingIssue> issues = Numbering.check(List.of(1, 3), 1);
        assertThat(issues).hasSize(1);
        NumberingIssue gap = issues.get(0);
        assertThat(gap.isGap()).isTrue();
        assertThat(gap.numbers()).containsExactly(2);
        assertThat(gap.index()).isEqualTo(1);
        assertThat(gap.before()).isEqualTo(1);
        assertThat(gap.after()).isEqualTo(3);
        assertThat(gap.numbersText()).isEqualTo("2");

        NumberingIssue wide = Numbering.check(List.of(31, 32, 36), null).get(0);
        assertThat(wide.numbers()).containsExactly(33, 34, 35);
        assertThat(wide.numbersText()).isEqualTo("33–35");
        assertThat(wide.count()).isEqualTo(3);
        assertThat(Numbering.check(List.of(1, 3, 4, 6), null)).extracting(NumberingIssue::numbersText).containsExactly("2", "5");
    }

    @Test
    void aNumberWithTooManyDigitsGivesOneGapCountedNotListed() {
        NumberingIssue gap = Numbering.check(List.of(1, 2, 2_000_000_000), null).get(0);
        assertThat(gap.count()).isEqualTo(1_999_999_997);
        assertThat(gap.numbers()).containsExactly(3, 1_999_999_999);
        assertThat(gap.numbersText()).isEqualTo("3–1999999999");
        assertThat(Numbering.check(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE), null).get(0).count()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aFixedStartReportsMissingFirstNumbers() {
        NumberingIssue gap = Numbering.check(List.of(2, 3), 1).get(0);
        assertThat(gap.numbers()).containsExactly(1);
        assertThat(gap.before()).isNull();
        assertThat(gap.index()).isZero();
        assertThat(Numbering.check(List.of(2, 3), null)).isEmpty();
    }

    @Test
    void aDuplicateIsReportedAtItsSecondOccurrence() {
        List<NumberingIssue> issues = Numbering.check(List.of(1, 2, 2, 3, 2), null);
        assertThat(issues).hasSize(1);
        NumberingIssue dup = issues.get(0);
        assertThat(dup.isDuplicate()).isTrue();
        assertThat(dup.after()).isEqualTo(2);
        assertThat(dup.count()).isEqualTo(3);
        assertThat(dup.index()).isEqualTo(2);
    }
}
