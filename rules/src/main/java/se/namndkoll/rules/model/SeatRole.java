package se.namndkoll.rules.model;

/** Role of a seat or of an attending person. */
public enum SeatRole {
    /** Ledamot (ordinary member). */
    LEDAMOT,
    /** Ersättare (substitute). */
    ERSATTARE
}
