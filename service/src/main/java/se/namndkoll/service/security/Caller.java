package se.namndkoll.service.security;

/**
 * Who made a request, as recorded in the decision log and the registry: the id of the API key
 * used, or {@code anonymous}. Never the key itself.
 */
public record Caller(String id) {

    public static final Caller ANONYMOUS = new Caller("anonymous");

    /** Request attribute under which {@link ApiAccessFilter} leaves the caller. */
    public static final String ATTRIBUTE = Caller.class.getName();
}
