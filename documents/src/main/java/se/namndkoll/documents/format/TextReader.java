package se.namndkoll.documents.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.namndkoll.documents.DocumentLimits;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.model.UnreadableSection;

/**
 * Reads a plain-text file: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark, or Windows-1252, the encoding of text saved by older Swedish Windows programs. The choice
 * is made from the bytes: text that is valid UTF-8 is UTF-8, anything else is Windows-1252.
 */
public final class TextReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** UTF-8 read as Windows-1252 and saved again ("Ã¤" for "ä"): the text is already damaged. */
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[¤¥¶„…–©‰]|â€[™œ\u009d“”]");

    private TextReader() {
    }

    public static RawText read(String fileName, byte[] content) throws UnreadableDocumentException {
        return read(fileName, content, DocumentLimits.DEFAULTS);
    }

    public static RawText read(String fileName, byte[] content, DocumentLimits limits) throws UnreadableDocumentException {
        String label = fileName == null ? "Dokumentet" : fileName;
        String text;
        String charset;
        if (content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
            charset = "UTF-16BE";
        } else if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
            charset = "UTF-16LE";
        } else {
            int offset = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf ? 3 : 0;
            if (looksBinary(content, offset)) {
                throw new UnreadableDocumentException(fileName, label + " är ingen textfil: innehållet är binärt.");
            }
            String utf8 = strictUtf8(content, offset);
            if (utf8 != null) {
                text = utf8;
                charset = "UTF-8";
            } else {
                text = new String(content, offset, content.length - offset, WINDOWS_1252);
                charset = "windows-1252";
            }
        }
        if (lineBreaks(text) > limits.maxLines()) {
            throw new UnreadableDocumentException(fileName, label + " har fler än " + limits.maxLines()
                    + " rader, mer än tjänsten läser i ett dokument.");
        }
        List<RawLine> lines = new ArrayList<>();
        List<UnreadableSection> unreadable = new ArrayList<>();
        String[] parts = splitLines(text);
        int count = parts.length;
        if (count > 1 && parts[count - 1].isEmpty()) {
            count--; // a final line break does not start another line
        }
        // A form feed separates pages (as in text extracted from a PDF by common tools).
        Integer page = text.indexOf('\f') >= 0 ? 1 : null;
        for (int i = 0; i < count; i++) {
            String line = parts[i];
            int number = i + 1;
            if (page != null && line.indexOf('\f') >= 0) {
                page += (int) line.chars().filter(c -> c == '\f').count();
                line = line.replace("\f", "");
            }
            if (line.indexOf('\uFFFD') >= 0) {
                unreadable.add(new UnreadableSection(number, null, "Raden innehåller tecken som inte kunde avkodas (tecknet \uFFFD): texten har sparats med en annan teckenkodning."));
            } else if ((line.indexOf('Ã') >= 0 || line.indexOf('â') >= 0) && MOJIBAKE.matcher(line).find()) {
                unreadable.add(new UnreadableSection(number, null, "Raden innehåller felkodade tecken (t.ex. \"Ã¤\" för \"ä\"): texten har avkodats med fel teckenkodning innan den sparades."));
            }
            lines.add(new RawLine(number, page, line));
        }
        return new RawText("text", charset, lines, merge(unreadable));
    }

    /**
     * The text split at its line breaks (CR LF, CR or LF), keeping empty lines and a last empty
     * line: {@code text.split("\r\n|\r|\n", -1)} without a regular expression (a regular
     * expression over a whole document was 6 % of reading a long one; docs/performance.md).
     */
    static String[] splitLines(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                parts.add(text.substring(from, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts.toArray(String[]::new);
    }

    /** Line breaks (CR LF, CR or LF), counted before the text is split. */
    private static long lineBreaks(String text) {
        long count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** Adjacent one-line sections with the same reason become one section. */
    static List<UnreadableSection> merge(List<UnreadableSection> sections) {
        List<UnreadableSection> out = new ArrayList<>();
        for (UnreadableSection s : sections) {
            if (!out.isEmpty()) {
                UnreadableSection last = out.get(out.size() - 1);
                int lastEnd = last.lineEnd() == null ? last.line() : last.lineEnd();
                if (last.reason().equals(s.reason()) && s.line() == lastEnd + 1) {
                    out.set(out.size() - 1, new UnreadableSection(last.line(), s.lineEnd() == null ? s.line() : s.lineEnd(), last.reason()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean looksBinary(byte[] content, int offset) {
        int control = 0;
        int n = Math.min(content.length, offset + 8192);
        for (int i = offset; i < n; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > offset && control * 20 > (n - offset);
    }

    private static String strictUtf8(byte[] content, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
