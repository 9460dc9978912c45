package se.namndkoll.service.security;

/** The request's API key is not one of the configured keys (403). */
public class ApiKeyRejectedException extends RuntimeException {

    public ApiKeyRejectedException() {
        super("API key not accepted");
    }
}
