package se.namndkoll.service.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import se.namndkoll.rules.model.UnreadableSection;

/**
 * Reads the text of a PDF page by page with Apache PDFBox. Lines keep their page number; a wide
 * horizontal gap between words (a table column) becomes a tab, so tables keep their cells. A page
 * without text (a scanned image) is reported, and a document without any text is refused with a
 * message saying so.
 */
final class PdfReader {

    private PdfReader() {
    }

    static RawText read(String fileName, byte[] content) throws UnreadableDocumentException {
        String label = fileName == null ? "Dokumentet" : fileName;
        try (PDDocument pdf = Loader.loadPDF(content)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException(fileName, label + " innehåller inga sidor.");
            }
            ColumnAwareStripper stripper = new ColumnAwareStripper();
            List<RawLine> lines = new ArrayList<>();
            List<UnreadableSection> unreadable = new ArrayList<>();
            int emptyPages = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                String[] parts = text.split("\r\n|\r|\n", -1);
                int count = parts.length;
                while (count > 0 && parts[count - 1].isBlank()) {
                    count--;
                }
                if (count == 0) {
                    emptyPages++;
                    lines.add(new RawLine(lines.size() + 1, page, ""));
                    unreadable.add(new UnreadableSection(lines.size(), null,
                            "Sidan " + page + " innehåller ingen text (troligen en inskannad bild); den har inte lästs."));
                    continue;
                }
                for (int i = 0; i < count; i++) {
                    lines.add(new RawLine(lines.size() + 1, page, parts[i]));
                }
            }
            if (emptyPages == pages) {
                throw new UnreadableDocumentException(fileName, label + " innehåller ingen text: "
                        + (pages == 1 ? "sidan är" : "alla " + pages + " sidor är")
                        + " troligen inskannade bilder. Kör textigenkänning (OCR) på filen eller använd originalet i Word eller som text.");
            }
            return new RawText("pdf", null, lines, unreadable);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(fileName, label + " är lösenordsskyddad och kan inte läsas.", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName, label + " kunde inte läsas som PDF (" + e.getMessage() + ").", e);
        }
    }

    /** Writes a tab instead of a space where the gap between two words is as wide as a table column gap. */
    private static final class ColumnAwareStripper extends PDFTextStripper {

        private float lastEnd = Float.NaN;

        ColumnAwareStripper() {
            super();
            setSortByPosition(true);
            setWordSeparator("");
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                if (!Float.isNaN(lastEnd)) {
                    float space = Math.max(first.getWidthOfSpace(), first.getFontSizeInPt() * 0.25f);
                    float gap = first.getXDirAdj() - lastEnd;
                    writeString(gap > 2.5f * space ? "\t" : " ");
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
            writeString(text);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = Float.NaN;
            super.writeLineSeparator();
        }

        @Override
        protected void writePageStart() throws IOException {
            lastEnd = Float.NaN;
            super.writePageStart();
        }
    }
}
