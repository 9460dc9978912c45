package se.namndkoll.service.web;

import java.time.Duration;

/** The body budget ({@link BodyBudget}) stayed short for the longest wait: 503 with Retry-After. */
public class ServiceBusyException extends RuntimeException {

    private final Duration waited;

    public ServiceBusyException(Duration waited) {
        super("The body budget stayed short for " + waited);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
