package se.namndkoll.documents.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import se.namndkoll.documents.DocumentLimits;
import se.namndkoll.documents.UnreadableDocumentException;

/**
 * Reads a Word document (.docx) with Apache POI: each paragraph is a line (a manual line break
 * starts a new one), each table row is a line with its cells separated by tabs. Word does not
 * store page numbers, so lines have none. Page headers and footers are not read: they are
 * furniture.
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static RawText read(String fileName, byte[] content) throws UnreadableDocumentException {
        return read(fileName, content, DocumentLimits.DEFAULTS);
    }

    public static RawText read(String fileName, byte[] content, DocumentLimits limits) throws UnreadableDocumentException {
        String label = fileName == null ? "Dokumentet" : fileName;
        DocumentLimits.Deadline deadline = limits.deadline();
        checkUnpackedSize(label, fileName, content, limits);
        // POI's zip-bomb checks are global settings; every read sets the same values.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedEntryBytes());
        ZipSecureFile.setMaxFileCount(DocumentLimits.MAX_ZIP_ENTRIES);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> texts = new ArrayList<>();
            java.util.Map<String, Integer> counters = new java.util.HashMap<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    addParagraph(texts, p, counters, doc);
                } else if (element instanceof XWPFTable t) {
                    addTable(texts, t);
                }
                if (texts.size() > limits.maxLines()) {
                    throw new UnreadableDocumentException(fileName, label + " har fler än " + limits.maxLines()
                            + " rader, mer än tjänsten läser i ett dokument.");
                }
                if (deadline.passed()) {
                    throw new UnreadableDocumentException(fileName, label + " tar för lång tid att läsa (mer än "
                            + limits.maxReadTime().toSeconds() + " sekunder); filen är ovanligt stor eller skadad.");
                }
            }
            List<RawLine> lines = new ArrayList<>();
            for (String t : texts) {
                lines.add(new RawLine(lines.size() + 1, null, t));
            }
            if (texts.stream().allMatch(String::isBlank)) {
                throw new UnreadableDocumentException(fileName, label + " innehåller ingen text.");
            }
            return new RawText("docx", null, lines, List.of());
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new UnreadableDocumentException(fileName, label + " är inte ett giltigt Word-dokument (.docx).", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // POI's own messages name its internals; the user learns that the file is damaged.
            throw new UnreadableDocumentException(fileName, label + " kunde inte läsas som Word-dokument (.docx): filen är skadad"
                    + " eller packas upp till mer än tjänsten läser.", e);
        }
    }

    /**
     * Unpacks every entry once, counting, before POI (which keeps every entry in memory) reads the
     * file: a zip bomb is refused after at most {@code maxUnpackedBytes} have been inflated.
     */
    private static void checkUnpackedSize(String label, String fileName, byte[] content, DocumentLimits limits)
            throws UnreadableDocumentException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > DocumentLimits.MAX_ZIP_ENTRIES) {
                    throw new UnreadableDocumentException(fileName, label + " består av fler än " + DocumentLimits.MAX_ZIP_ENTRIES
                            + " delar, mer än ett Word-dokument brukar och mer än tjänsten läser.");
                }
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > limits.maxUnpackedEntryBytes() || total > limits.maxUnpackedBytes()) {
                        throw new UnreadableDocumentException(fileName, label + " packas upp till mer än "
                                + (size > limits.maxUnpackedEntryBytes() ? megabytes(limits.maxUnpackedEntryBytes()) + " i en del"
                                        : megabytes(limits.maxUnpackedBytes()))
                                + ", mer än tjänsten läser (en så kallad zip-bomb eller ett ovanligt stort dokument).");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(fileName, label + " är inte ett giltigt Word-dokument (.docx): filen är skadad.", e);
        }
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /**
     * A paragraph's text, with the number Word draws in front of an automatically numbered list
     * item ("1.", "2.") written out: the number is not in the text, and numbering is part of what
     * the checks read.
     */
    private static void addParagraph(List<String> texts, XWPFParagraph p, java.util.Map<String, Integer> counters, XWPFDocument doc) {
        String text = p.getText();
        if (text == null) {
            text = "";
        }
        String prefix = "";
        if (p.getNumID() != null) {
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String key = p.getNumID() + ":" + level;
            int n = counters.merge(key, 1, Integer::sum);
            counters.keySet().removeIf(k -> k.startsWith(p.getNumID() + ":") && Integer.parseInt(k.substring(k.indexOf(':') + 1)) > level);
            String[] fl = levelFormat(doc, p.getNumID(), level);
            String format = p.getNumFmt() != null ? p.getNumFmt() : fl[0];
            String levelText = p.getNumLevelText() != null ? p.getNumLevelText() : fl[1];
            if ("bullet".equals(format) || levelText == null) {
                prefix = "• ";
            } else {
                String number = switch (format == null ? "decimal" : format) {
                    case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
                    case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
                    default -> String.valueOf(n);
                };
                prefix = levelText.replaceAll("%\\d", number) + " ";
            }
        }
        for (String part : text.split("\r\n|\r|\n", -1)) {
            texts.add(prefix + part);
            prefix = "";
        }
    }

    /** The number format and level text of a list level, read from the numbering definitions ({null, null} when absent). */
    private static String[] levelFormat(XWPFDocument doc, java.math.BigInteger numId, int level) {
        try {
            var numbering = doc.getNumbering();
            if (numbering == null || numbering.getNum(numId) == null) {
                return new String[2];
            }
            var abstractId = numbering.getNum(numId).getCTNum().getAbstractNumId().getVal();
            var abstractNum = numbering.getAbstractNum(abstractId);
            if (abstractNum == null) {
                return new String[2];
            }
            for (var lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                if (lvl.getIlvl().intValue() == level) {
                    return new String[] {
                        lvl.getNumFmt() == null ? null : lvl.getNumFmt().getVal().toString(),
                        lvl.getLvlText() == null ? null : lvl.getLvlText().getVal()};
                }
            }
        } catch (RuntimeException e) {
            // a damaged numbering definition: the item is read without its number
        }
        return new String[2];
    }

    /**
     * A table's rows as lines, as the page shows them: a cell of several paragraphs ("Beslutande" |
     * one person a paragraph) gives several lines, the k-th line holding the k-th paragraph of each
     * cell, tab-separated (an empty cell where a cell has fewer).
     */
    private static void addTable(List<String> texts, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> paragraphs = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String t = p.getText().replace('\n', ' ').replace('\t', ' ').replace('\u00a0', ' ').trim();
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                    }
                }
                if (paragraphs.isEmpty()) {
                    // a nested table or text POI gives only as the cell's whole text
                    String t = cell.getText().replace('\n', ' ').replace('\t', ' ').trim();
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                    }
                }
                cells.add(paragraphs);
                height = Math.max(height, paragraphs.size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 0) {
                        line.append('\t');
                    }
                    if (k < cells.get(c).size()) {
                        line.append(cells.get(c).get(k));
                    }
                }
                texts.add(line.toString());
            }
        }
        texts.add("");
    }
}
