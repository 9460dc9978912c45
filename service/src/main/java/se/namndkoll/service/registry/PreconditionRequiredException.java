package se.namndkoll.service.registry;

/** Changing or deleting an existing committee without If-Match (428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("If-Match required");
    }
}
