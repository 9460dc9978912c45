package se.namndkoll.rules.model;

/** How the supplier's share of activity was measured. */
public enum ActivityMeasure {
    /** Average total turnover of the three years preceding the award. */
    TURNOVER_THREE_YEAR_AVERAGE,
    /** Average costs of the three preceding years. */
    COSTS_THREE_YEAR_AVERAGE,
    /** Another activity-based measure over the three preceding years. */
    OTHER_THREE_YEAR_MEASURE,
    /** A credible projection (new or reorganised body without three years of data). */
    BUSINESS_PROJECTION,
    /** A single year or other period: not the measure the law asks for. */
    OTHER_PERIOD
}
