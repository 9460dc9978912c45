package se.namndkoll.rules.document;

import java.util.List;

/**
 * A gap or a duplicate in a sequence of numbers (agenda items, §§, the points of a förslag till
 * beslut).
 *
 * @param kind a gap or a duplicate
 * @param numbers the missing numbers (a gap; of a gap longer than {@link Numbering#LISTED}, only its
 *     first and last) or the repeated number (a duplicate)
 * @param index the position in the list of the element where the issue shows: the first element
 *     after a gap, the second occurrence of a duplicate
 * @param before for a gap, the number before it; {@code null} when the sequence must start at a
 *     fixed number and its first number is already too high
 * @param after for a gap, the number after it; for a duplicate, the number itself
 * @param count for a duplicate, how often the number occurs; for a gap, how many numbers are missing
 */
public record NumberingIssue(Kind kind, List<Integer> numbers, int index, Integer before, Integer after, int count) {

    public NumberingIssue {
        numbers = List.copyOf(numbers);
    }

    /** What is wrong with the numbering. */
    public enum Kind {
        GAP,
        DUPLICATE
    }

    public boolean isGap() {
        return kind == Kind.GAP;
    }

    public boolean isDuplicate() {
        return kind == Kind.DUPLICATE;
    }

    /** The numbers as a reader wants them: "2", "2, 3" or, for a longer run, "2–9". */
    public String numbersText() {
        if (isGap() ? count >= 3 : numbers.size() >= 3) {
            return numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
        }
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
