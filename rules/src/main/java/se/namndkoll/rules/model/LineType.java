package se.namndkoll.rules.model;

/** Income or cost. */
public enum LineType {
    INCOME,
    COST
}
