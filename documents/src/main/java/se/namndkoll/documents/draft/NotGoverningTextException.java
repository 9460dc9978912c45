package se.namndkoll.documents.draft;

/**
 * A file given to draft a committee from is no governing text: a protocol, a kallelse, a
 * tjänsteskrivelse or a table of figures, or a text from which nothing of a committee could be
 * read. The message says which file and why, in Swedish; {@link #messageEn()} in English.
 */
public class NotGoverningTextException extends Exception {

    private final String fileName;
    private final String messageEn;

    public NotGoverningTextException(String fileName, String message, String messageEn) {
        super(message);
        this.fileName = fileName;
        this.messageEn = messageEn;
    }

    public String fileName() {
        return fileName;
    }

    public String messageEn() {
        return messageEn;
    }
}
