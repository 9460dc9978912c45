package se.namndkoll.service.security;

import java.io.IOException;

/**
 * The request body is larger than {@code namndkoll.limits.max-body-bytes} (413). An
 * {@link IOException} so that it can be thrown from inside a body stream while it is read.
 */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
