package se.namndkoll.documents;

/** The bytes given cannot be read as a document; the message says why, for the user. */
public class UnreadableDocumentException extends Exception {

    private final String fileName;

    public UnreadableDocumentException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
    }

    public UnreadableDocumentException(String fileName, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
