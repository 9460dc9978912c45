package se.namndkoll.rules.model;

/** Cost-allocation key (fördelningsnyckel), seed 004 chapter 11. */
public enum CostAllocation {
    /** Lika delar: every party pays the same amount. */
    EQUAL_SHARES,
    /** Per invånare. */
    PER_INHABITANT,
    /** Efter nyttjande (by use). */
    BY_USE,
    /** Per uppdrag (by assignment). */
    BY_ASSIGNMENT,
    /** A combination, e.g. part equal and part per inhabitant. */
    MIXED
}
