package se.namndkoll.rules.model;

/** What part of a document a line belongs to. */
public enum TextZone {
    /** A förslag till beslut. */
    PROPOSAL,
    /** A recorded decision (Beslut). */
    DECISION,
    /** Running text. */
    BODY,
    /** Page header or footer, repeated furniture. */
    FURNITURE
}
