package se.namndkoll.documents.format;

import java.util.Locale;
import se.namndkoll.documents.UnreadableDocumentException;

/** The file formats the importer reads, told apart by name and checked against the bytes. */
public enum DocumentFormat {
    TEXT, PDF, DOCX;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * The format of a file: its extension says what it claims to be, and the bytes must agree.
     *
     * @throws UnreadableDocumentException when the format is not supported or the bytes are not what the name says
     */
    public static DocumentFormat of(String fileName, byte[] content) throws UnreadableDocumentException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String label = fileName == null || fileName.isBlank() ? "Dokumentet" : fileName;
        if (content == null || content.length == 0) {
            throw new UnreadableDocumentException(fileName, label + " är tomt.");
        }
        boolean pdf = startsWith(content, PDF_MAGIC) || startsWithAfterJunk(content, PDF_MAGIC);
        boolean zip = startsWith(content, ZIP_MAGIC);
        if (name.endsWith(".pdf")) {
            if (!pdf) {
                throw new UnreadableDocumentException(fileName, label + " är inte en PDF-fil" + whatItIs(zip, content) + ".");
            }
            return PDF;
        }
        if (name.endsWith(".docx")) {
            if (!zip) {
                throw new UnreadableDocumentException(fileName, label + " är inte ett Word-dokument (.docx)" + whatItIs(false, content) + ".");
            }
            return DOCX;
        }
        if (name.endsWith(".doc") || name.endsWith(".rtf") || name.endsWith(".odt") || name.endsWith(".pages")) {
            throw new UnreadableDocumentException(fileName, label + " har ett format som inte stöds; spara det som .docx, .pdf eller .txt.");
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || !name.contains(".")) {
            if (pdf) {
                if (name.contains(".")) {
                    throw new UnreadableDocumentException(fileName, label + " är ingen textfil: innehållet är en PDF.");
                }
                return PDF;
            }
            if (zip) {
                if (name.contains(".")) {
                    throw new UnreadableDocumentException(fileName, label + " är ingen textfil: innehållet är ett komprimerat (Word-)dokument.");
                }
                return DOCX;
            }
            return TEXT;
        }
        throw new UnreadableDocumentException(fileName, label + " har ett okänt filformat; ange en .txt-, .pdf- eller .docx-fil.");
    }

    private static String whatItIs(boolean zip, byte[] content) {
        if (zip) {
            return " (innehållet är ett komprimerat dokument, kanske .docx)";
        }
        if (startsWith(content, PDF_MAGIC)) {
            return " (innehållet är en PDF)";
        }
        return "";
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** PDF readers accept a few junk bytes before the header (a BOM, whitespace); so do we. */
    private static boolean startsWithAfterJunk(byte[] content, byte[] magic) {
        for (int offset = 1; offset < Math.min(16, content.length - magic.length); offset++) {
            boolean match = true;
            for (int i = 0; i < magic.length && match; i++) {
                match = content[offset + i] == magic[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
