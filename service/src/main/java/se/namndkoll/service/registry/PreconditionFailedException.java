package se.namndkoll.service.registry;

/** If-Match does not name the committee's current version (412). */
public class PreconditionFailedException extends RuntimeException {

    private final String currentEtag;

    public PreconditionFailedException(String currentEtag) {
        super("The committee has changed since it was read");
        this.currentEtag = currentEtag;
    }

    /** The current ETag, or {@code null} when the committee no longer exists. */
    public String currentEtag() {
        return currentEtag;
    }
}
