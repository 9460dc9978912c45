package se.namndkoll.rules.model;

/** The medium of participation at a distance. */
public enum RemoteMedium {
    /** Real-time sound and picture (Teams, Skype, Zoom, video). */
    VIDEO,
    /** Sound only (telephone). */
    AUDIO_ONLY
}
