package se.namndkoll.rules.engine;

import java.time.LocalDate;

/**
 * The evaluation context: the date whose law and terms apply.
 *
 * @param date the evaluation date
 */
public record Evaluation(LocalDate date) {
}
