package se.namndkoll.rules.report;

/** How serious a finding is. */
public enum Severity {
    /** A clear breach of law or of the reglemente/agreement: fix before sending or posting. */
    ERROR,
    /** A likely problem, a borderline case, or a rule whose legal basis is uncertain. */
    WARNING,
    /** Something a careful reader should know; not a breach. */
    INFO
}
