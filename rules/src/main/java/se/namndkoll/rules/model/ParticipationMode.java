package se.namndkoll.rules.model;

/** How the members attend a meeting. */
public enum ParticipationMode {
    /** Everyone in the meeting room. */
    IN_PERSON,
    /** A physical meeting place with some participants at a distance. */
    HYBRID,
    /** Everyone at a distance, no physical meeting place (e.g. "Plats: Teams"). */
    REMOTE
}
