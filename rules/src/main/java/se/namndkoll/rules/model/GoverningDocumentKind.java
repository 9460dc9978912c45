package se.namndkoll.rules.model;

/** The documents that govern a cooperation. */
public enum GoverningDocumentKind {
    /** Reglemente. */
    REGLEMENTE,
    /** Samverkansavtal / överenskommelse. */
    AGREEMENT,
    /** Förbundsordning (kommunalförbund). */
    FEDERATION_CHARTER
}
