package se.namndkoll.service.api;

import java.net.URI;

/**
 * The kinds of error the API answers with, each with a stable {@code type} URI
 * ({@code https://namndkoll.se/problems/<slug>}) that clients may branch on. Legal problems are
 * never among them: they are findings in a 200 report.
 */
public enum ProblemType {
    /** Fields of the input are malformed: wrong type, impossible date, unknown value or property, too long, missing. */
    VALIDATION("validation", 400),
    /** The body is not JSON at all (syntax error, too deeply nested). */
    MALFORMED_JSON("malformed-json", 400),
    /** Any other malformed request: missing body, missing or bad query parameter. */
    BAD_REQUEST("bad-request", 400),
    /** An API key is needed and none was given. */
    UNAUTHORIZED("unauthorized", 401),
    /** The API key given is not valid. */
    FORBIDDEN("forbidden", 403),
    /** The resource (path, committee, rule, evaluation) does not exist. */
    NOT_FOUND("not-found", 404),
    /** A check names a committee the registry does not have. */
    UNKNOWN_COMMITTEE("unknown-committee", 404),
    /** The HTTP method is not supported here. */
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    /** None of the media types in Accept can be produced. */
    NOT_ACCEPTABLE("not-acceptable", 406),
    /** If-Match does not name the current version. */
    PRECONDITION_FAILED("precondition-failed", 412),
    /** The body exceeds namndkoll.limits.max-body-bytes. */
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    /** The Content-Type is not accepted here. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    /** A document's bytes cannot be read as a document. */
    UNREADABLE_DOCUMENT("unreadable-document", 422),
    /** A file sent to draft a committee from is no reglemente, agreement or förbundsordning (a protocol, a kallelse, …). */
    NOT_GOVERNING_TEXT("not-governing-text", 422),
    /** Changing an existing committee needs If-Match. */
    PRECONDITION_REQUIRED("precondition-required", 428),
    /** Any other client error. */
    CLIENT_ERROR("client-error", 400),
    /** An error of the service itself; details are in its log under the errorId. */
    INTERNAL("internal", 500),
    /** Too many large bodies are being worked on at once (namndkoll.limits.max-in-flight-body-bytes); try again. */
    SERVICE_BUSY("service-busy", 503);

    public static final String BASE = "https://namndkoll.se/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The generic kind for a status that no specific handler produced. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            default -> status >= 500 ? INTERNAL : CLIENT_ERROR;
        };
    }
}
