package se.namndkoll.documents.format;

/**
 * One line as a reader produced it, before any interpretation.
 *
 * @param number line number in the extracted text, 1-based
 * @param page page number (PDF), {@code null} when the format has no pages
 * @param text the text; table cells are separated by tabs
 */
public record RawLine(int number, Integer page, String text) {
}
