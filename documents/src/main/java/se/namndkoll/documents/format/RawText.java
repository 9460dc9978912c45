package se.namndkoll.documents.format;

import java.util.List;
import se.namndkoll.rules.model.UnreadableSection;

/**
 * What a reader produced: the lines of a document and the parts it could not read.
 *
 * @param format "text", "pdf" or "docx"
 * @param charset the character set a text file was decoded with, {@code null} for other formats
 * @param lines every line, blank ones included, in order
 * @param unreadable what the reader could not read (empty pages, undecodable bytes)
 */
public record RawText(String format, String charset, List<RawLine> lines, List<UnreadableSection> unreadable) {

    public RawText {
        lines = List.copyOf(lines);
        unreadable = List.copyOf(unreadable);
    }
}
