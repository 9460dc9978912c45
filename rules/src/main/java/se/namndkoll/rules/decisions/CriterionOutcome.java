package se.namndkoll.rules.decisions;

/** The answer a DMN table gives for one legal criterion. */
public enum CriterionOutcome {
    /** The facts show that the criterion is met. */
    MET,
    /** The facts show that the criterion is not met. */
    NOT_MET,
    /** A fact the criterion needs is missing; nothing is guessed. */
    UNKNOWN
}
