package se.namndkoll.service;

/**
 * A resource named in the request does not exist (404).
 *
 * @see #kind() what was looked for: "committee", "rule", "evaluation"
 */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;
    private final String pointer;

    public NotFoundException(String kind, String id) {
        this(kind, id, null);
    }

    /** @param pointer where the request named it, when in the body or a parameter ("/committeeId") */
    public NotFoundException(String kind, String id, String pointer) {
        super("No " + kind + " " + id);
        this.kind = kind;
        this.id = id;
        this.pointer = pointer;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public String pointer() {
        return pointer;
    }
}
