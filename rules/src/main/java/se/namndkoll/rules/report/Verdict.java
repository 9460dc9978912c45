package se.namndkoll.rules.report;

/** The report at a glance. */
public enum Verdict {
    /** No findings above INFO, and every rule that judges what the case holds ran. */
    PASS,
    /** Warnings but no errors, and every rule that judges what the case holds ran. */
    WARN,
    /**
     * No errors, but rules that judge what the case holds could not run for want of what the
     * committee supplies (no committee given or recognised, its seats, its terms in force): the
     * report lists them in {@code rulesNotRun}. Not a pass.
     */
    INCOMPLETE,
    /** At least one error. */
    FAIL
}
