package se.namndkoll.service.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.model.TextLine;

/**
 * A minimal importer for plain UTF-8 text: the lines, numbered from 1, and nothing extracted from
 * them (no protocol, agenda or dates), so only the rules on a document's text run. The committee is
 * the one the caller names; none is recognised from the text. The full importer replaces it.
 */
public final class PlainTextImporter implements DocumentImporter {

    @Override
    public ImportedDocument read(String fileName, byte[] content, ImportOptions options) throws UnreadableDocumentException {
        String text = decode(fileName, content);
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableDocumentException(fileName, "The document is not plain text (it contains NUL bytes)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] raw = text.split("\r\n|\r|\n", -1);
        int count = raw.length;
        if (count > 0 && raw[count - 1].isEmpty()) {
            count--;
        }
        List<TextLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new TextLine(i + 1, null, raw[i], null));
        }
        SourceDocument document = new SourceDocument(fileName, List.of(), lines, List.of(), List.of(), List.of());
        Case input = new Case(options.asOf(), options.committee(), null, null, null, null, null, null, document);
        return new ImportedDocument(input, List.of(), options.committee() == null ? null : options.committee().id());
    }

    private static String decode(String fileName, byte[] content) throws UnreadableDocumentException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(fileName, "The document is not UTF-8 text (PDF, Word and other formats are not read yet)", e);
        }
    }
}
