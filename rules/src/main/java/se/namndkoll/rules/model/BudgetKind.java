package se.namndkoll.rules.model;

/** What a financial statement is. */
public enum BudgetKind {
    /** Budget for a coming year. */
    BUDGET,
    /** Outcome of a closed year (bokslut, verksamhetssummering). */
    OUTCOME,
    /** Forecast for the running year. */
    FORECAST
}
