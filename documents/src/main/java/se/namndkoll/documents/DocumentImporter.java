package se.namndkoll.documents;

/**
 * Reads a document (kallelse, protokoll, reglemente, avtal, budget) into a case the engine can
 * check, keeping the document's lines so findings can point at them.
 */
public interface DocumentImporter {

    /**
     * @param fileName the file name as given by the user (used to guess the format and in messages)
     * @param content the raw bytes
     * @param options the committee (if the caller knows it), the registry to recognise one from, and
     *     the evaluation date (if the caller sets it)
     * @throws UnreadableDocumentException when the bytes cannot be read as a document at all
     */
    ImportedDocument read(String fileName, byte[] content, ImportOptions options) throws UnreadableDocumentException;
}
