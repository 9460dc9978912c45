package se.namndkoll.documents.format;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import se.namndkoll.documents.DocumentLimits;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.model.UnreadableSection;

/**
 * Reads the text of a PDF page by page with Apache PDFBox. Lines keep their page number; a wide
 * horizontal gap between words (a table column) becomes a tab, so tables keep their cells. A page
 * without text (a scanned image) is reported, and a document without any text is refused with a
 * message saying so.
 */
public final class PdfReader {

    private PdfReader() {
    }

    public static RawText read(String fileName, byte[] content) throws UnreadableDocumentException {
        return read(fileName, content, DocumentLimits.DEFAULTS);
    }

    /**
     * Reads the text in one pass over the page tree (the pages actually there, whatever the tree's
     * /Count claims), within the limits: at most {@code maxPages} pages and {@code maxLines} lines,
     * decoded streams in at most {@code maxPdfMemoryBytes} of memory, done within {@code maxReadTime}.
     */
    public static RawText read(String fileName, byte[] content, DocumentLimits limits) throws UnreadableDocumentException {
        String label = fileName == null ? "Dokumentet" : fileName;
        DocumentLimits.Deadline deadline = limits.deadline();
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache)) {
            ColumnAwareStripper stripper = new ColumnAwareStripper(label, limits, deadline);
            stripper.writeText(pdf, new StringWriter());
            List<String> pageTexts = stripper.pages;
            // The stripper never sees a page without a content stream (a blank page): count every page
            // of the tree, in one more walk that reads no content, so that the page numbers stay right.
            int pages = 0;
            for (PDPage ignored : pdf.getPages()) {
                if (++pages > limits.maxPages()) {
                    throw new LimitExceeded(tooManyPages(label, limits));
                }
            }
            while (pageTexts.size() < pages) {
                pageTexts.add("");
            }
            if (pages == 0) {
                throw new UnreadableDocumentException(fileName, label + " innehåller inga sidor.");
            }
            List<RawLine> lines = new ArrayList<>();
            List<UnreadableSection> unreadable = new ArrayList<>();
            int emptyPages = 0;
            for (int page = 1; page <= pages; page++) {
                String[] parts = pageTexts.get(page - 1).split("\r\n|\r|\n", -1);
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
                if (lines.size() + count > limits.maxLines()) {
                    throw new LimitExceeded(label + " har fler än " + limits.maxLines() + " rader, mer än tjänsten läser i ett dokument.");
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
        } catch (LimitExceeded e) {
            throw new UnreadableDocumentException(fileName, e.getMessage(), e);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(fileName, label + " är lösenordsskyddad och kan inte läsas.", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox's own messages name its internals; the user learns that the file is damaged.
            if (deadline.passed()) {
                throw new UnreadableDocumentException(fileName, tooSlow(label, limits), e);
            }
            throw new UnreadableDocumentException(fileName, label + " kunde inte läsas som PDF: filen är skadad eller inte en PDF som tjänsten kan läsa.", e);
        }
    }

    private static String tooManyPages(String label, DocumentLimits limits) {
        return label + " har fler än " + limits.maxPages() + " sidor, mer än tjänsten läser i ett dokument.";
    }

    private static String tooSlow(String label, DocumentLimits limits) {
        return label + " tar för lång tid att läsa (mer än " + limits.maxReadTime().toSeconds() + " sekunder); filen är ovanligt stor eller skadad.";
    }

    /** A limit of {@link DocumentLimits} was reached; the message says which. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(String message) {
            super(message);
        }
    }

    /** Writes a tab instead of a space where the gap between two words is as wide as a table column gap. */
    private static final class ColumnAwareStripper extends PDFTextStripper {

        private final String label;
        private final DocumentLimits limits;
        private final DocumentLimits.Deadline deadline;
        private final List<String> pages = new ArrayList<>();
        private float lastEnd = Float.NaN;
        private int pageStart;
        private long operators;
        private boolean expired;

        ColumnAwareStripper(String label, DocumentLimits limits, DocumentLimits.Deadline deadline) {
            super();
            this.label = label;
            this.limits = limits;
            this.deadline = deadline;
            setSortByPosition(true);
            setWordSeparator("");
        }

        private StringBuffer buffer() {
            return ((StringWriter) output).getBuffer();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            int number = getCurrentPageNo(); // 1-based, counting the blank pages the stripper skips
            if (number > limits.maxPages()) {
                throw new LimitExceeded(tooManyPages(label, limits));
            }
            checkDeadline();
            while (pages.size() < number - 1) {
                pages.add("");
            }
            pageStart = buffer().length();
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            pages.add(buffer().substring(pageStart));
        }

        /** Every operator of every content stream passes here: the place to stop a stream that never ends. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (expired || (++operators & 1023) == 0) {
                checkDeadline();
            }
            super.processOperator(operator, operands);
        }

        private void checkDeadline() throws IOException {
            if (expired || deadline.passed()) {
                expired = true; // thrown again at the next operator, should a form XObject's caller swallow it
                throw new LimitExceeded(tooSlow(label, limits));
            }
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
