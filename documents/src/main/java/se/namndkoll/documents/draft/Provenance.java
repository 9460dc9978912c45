package se.namndkoll.documents.draft;

/**
 * Where a drafted fact was read.
 *
 * @param pointer JSON Pointer of the fact in the drafted committee ("/parties/2", "/terms/0/validFrom")
 * @param file the file it was read from, as named by the caller
 * @param line the first line (from 1) of the sentence that states it
 * @param lineEnd the last line, when the sentence runs over several
 * @param text the sentence, shortened to 300 characters
 */
public record Provenance(String pointer, String file, int line, Integer lineEnd, String text) {
}
