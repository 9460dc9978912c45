package se.namndkoll.documents;

import java.time.Duration;

/**
 * What one document may cost to read, so that a small hostile file (a zip bomb, a PDF whose page
 * tree claims two billion pages, a content stream that inflates to gigabytes of text operators)
 * is refused as unreadable instead of exhausting memory or a request thread. Exceeding a limit
 * gives an {@link UnreadableDocumentException} that says which limit.
 *
 * @param maxPages pages of a PDF read at most
 * @param maxLines lines of a document (any format) read at most
 * @param maxReadTime time the PDF and Word readers may take for one document
 * @param maxUnpackedBytes all entries of a .docx together, once unpacked (checked while unpacking,
 *     before Apache POI reads the file)
 * @param maxUnpackedEntryBytes largest entry of a .docx once unpacked (also Apache POI's
 *     {@code ZipSecureFile} maximum entry size): the XML Word parses into memory
 * @param minInflateRatio smallest compressed-to-unpacked ratio of a .docx entry (POI's zip-bomb
 *     check: 0.01 refuses an entry that inflates more than a hundredfold)
 * @param maxPdfMemoryBytes memory PDFBox may use for the decoded streams of one PDF (beyond it the
 *     PDF is refused; nothing is written to disk)
 */
public record DocumentLimits(int maxPages, int maxLines, Duration maxReadTime, long maxUnpackedBytes, long maxUnpackedEntryBytes,
        double minInflateRatio, long maxPdfMemoryBytes) {

    /** The defaults, also those of the service's configuration ({@code namndkoll.limits.documents.*}). */
    public static final DocumentLimits DEFAULTS = new DocumentLimits(1_000, 100_000, Duration.ofSeconds(30),
            64L * 1024 * 1024, 16L * 1024 * 1024, 0.01, 128L * 1024 * 1024);

    public DocumentLimits {
        if (maxPages < 1 || maxLines < 1 || maxReadTime == null || maxReadTime.isNegative() || maxReadTime.isZero()
                || maxUnpackedBytes < 1 || maxUnpackedEntryBytes < 1 || minInflateRatio < 0 || minInflateRatio >= 1 || maxPdfMemoryBytes < 1) {
            throw new IllegalArgumentException("namndkoll.limits.documents: every limit must be positive (min-inflate-ratio below 1)");
        }
    }

    /** Entries of a .docx at most (Apache POI's default). */
    public static final int MAX_ZIP_ENTRIES = 1_000;

    /** Characters of one line at most: the fact model's limit of a document line ({@code TextLine.text}). */
    public static final int MAX_LINE_LENGTH = 10_000;

    /** The moment by which a read that starts now must be done. */
    public Deadline deadline() {
        return new Deadline(System.nanoTime() + maxReadTime.toNanos(), maxReadTime);
    }

    /** A read's time budget, checked by the readers at regular points. */
    public record Deadline(long nanos, Duration budget) {

        public boolean passed() {
            return System.nanoTime() - nanos > 0;
        }
    }
}
