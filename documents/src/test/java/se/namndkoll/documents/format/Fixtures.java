package se.namndkoll.documents.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes real PDF and Word files from text, so the readers are tested on the formats themselves:
 * PDFBox writes the PDF (one list of lines per page; a line may hold table cells at fixed columns),
 * POI writes the .docx (paragraphs, automatically numbered lists, tables).
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A PDF with one page per list; "\t" in a line places the next cell at the next 150-point column. An empty list is a page without text. */
    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (String line : lines) {
                        String[] cells = line.split("\t", -1);
                        for (int c = 0; c < cells.length; c++) {
                            if (cells[c].isEmpty()) {
                                continue;
                            }
                            cs.beginText();
                            cs.setFont(font, 11);
                            cs.newLineAtOffset(50 + c * 150, y);
                            cs.showText(cells[c]);
                            cs.endText();
                        }
                        y -= 16;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx: plain paragraphs; "#n text" an automatically numbered list item; rows starting with "|" a table (cells split on "|"). */
    public static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            java.math.BigInteger numId = null;
            XWPFTable table = null;
            for (String line : lines) {
                if (line.startsWith("|")) {
                    String[] cells = line.substring(1).split("\\|", -1);
                    if (table == null) {
                        table = doc.createTable(1, cells.length);
                        for (int c = 0; c < cells.length; c++) {
                            table.getRow(0).getCell(c).setText(cells[c]);
                        }
                    } else {
                        var row = table.createRow();
                        for (int c = 0; c < cells.length; c++) {
                            row.getCell(c).setText(cells[c]);
                        }
                    }
                    continue;
                }
                table = null;
                XWPFParagraph p = doc.createParagraph();
                if (line.startsWith("#n ")) {
                    if (numId == null) {
                        numId = decimalNumbering(doc);
                    }
                    p.setNumID(numId);
                    p.setNumILvl(java.math.BigInteger.ZERO);
                    p.createRun().setText(line.substring(3));
                } else {
                    numId = line.isBlank() ? numId : null;
                    p.createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.math.BigInteger decimalNumbering(XWPFDocument doc) {
        var abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(java.math.BigInteger.valueOf(doc.getNumbering() == null ? 0 : 7));
        var level = abstractNum.addNewLvl();
        level.setIlvl(java.math.BigInteger.ZERO);
        level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewStart().setVal(java.math.BigInteger.ONE);
        var numbering = doc.createNumbering();
        var abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
