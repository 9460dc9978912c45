package se.namndkoll.rules.engine;

import java.time.LocalDate;

/**
 * The evaluation context: the date whose law and terms apply.
 *
 * @param date the evaluation date
 * @param provisionalCommittee whether the committee is a provisional one, built from the checked
 *     document's own statements: a rule that concludes from what such a committee does not state (no
 *     host, fewer than two parties) does not run on it, since the document need not state it
 */
public record Evaluation(LocalDate date, boolean provisionalCommittee) {

    public Evaluation(LocalDate date) {
        this(date, false);
    }
}
