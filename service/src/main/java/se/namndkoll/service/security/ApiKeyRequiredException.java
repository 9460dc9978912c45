package se.namndkoll.service.security;

/** The endpoint needs an API key and the request has none (401). */
public class ApiKeyRequiredException extends RuntimeException {

    public ApiKeyRequiredException() {
        super("API key required");
    }
}
