package se.namndkoll.rules.report;

/** The report at a glance. */
public enum Verdict {
    /** No findings above INFO. */
    PASS,
    /** Warnings but no errors. */
    WARN,
    /** At least one error. */
    FAIL
}
