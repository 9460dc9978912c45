package se.namndkoll.documents.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.RandomTexts;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.model.TextLine;

/** The readers on real files: PDFs written by PDFBox, Word documents written by POI, text in the encodings met in practice. */
class ReadersTest {

    @Test
    void linesAreSplitExactlyAsTheRegularExpressionSplitThem() {
        String[] pieces = {"a", "bc", " ", "\r", "\n", "\r\n", "\n\r", "\f", "\r\r", "\n\n", "å"};
        java.util.Random random = new java.util.Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            String t = RandomTexts.of(random, pieces, 9);
            org.assertj.core.api.Assertions.assertThat(TextReader.splitLines(t)).as("%s", t.replace("\r", "CR").replace("\n", "LF"))
                    .containsExactly(t.split("\r\n|\r|\n", -1));
        }
    }

    @Test
    void aPdfIsReadPageByPageWithTableCellsSeparatedByTabsAndAnEmptyPageReported() throws Exception {
        byte[] pdf = Fixtures.pdf(List.of(
                List.of("Protokoll", "Sammanträdesdatum 2020-03-11", "Grundbelopp och e-kontor\t1 883 800\t1 146 100"),
                List.of(),
                List.of("§ 1", "Nämnden lägger informationen till handlingarna")));
        RawText text = PdfReader.read("protokoll.pdf", pdf);
        assertThat(text.lines()).extracting(RawLine::page).containsExactly(1, 1, 1, 2, 3, 3);
        assertThat(text.lines().get(2).text()).isEqualTo("Grundbelopp och e-kontor\t1 883 800\t1 146 100");
        assertThat(text.lines()).extracting(RawLine::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(text.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(4);
            assertThat(u.reason()).contains("Sidan 2").contains("ingen text");
        });
    }

    @Test
    void aPdfWithoutAnyTextIsRefusedWithAMessageNamingTheFile() {
        byte[] scanned = Fixtures.pdf(List.of(List.of(), List.of()));
        assertThatThrownBy(() -> PdfReader.read("inskannad.pdf", scanned))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("inskannad.pdf").hasMessageContaining("ingen text").hasMessageContaining("OCR");
    }

    @Test
    void aWordDocumentKeepsTheNumbersOfItsNumberedListsAndItsTables() throws Exception {
        byte[] docx = Fixtures.docx(List.of("Förslag till beslut", "#n Godkänner slutrapporten.", "#n Remitteras till parterna.",
                "", "|Kommun|Belopp", "|Berg|101 600", "|Summa|101 600"));
        RawText text = DocxReader.read("kallelse.docx", docx);
        assertThat(text.lines()).extracting(RawLine::text)
                .contains("1. Godkänner slutrapporten.", "2. Remitteras till parterna.", "Kommun\tBelopp", "Berg\t101 600", "Summa\t101 600");
        assertThat(text.lines()).extracting(RawLine::page).containsOnlyNulls();
    }

    @Test
    void textInWindows1252IsRecognisedAndUtf8WithOrWithoutAByteOrderMarkToo() throws Exception {
        String s = "Gemensam nämnd för samverkan\nÅre kommun, Östersunds kommun\n";
        RawText cp = TextReader.read("a.txt", s.getBytes(Charset.forName("windows-1252")));
        assertThat(cp.charset()).isEqualTo("windows-1252");
        assertThat(cp.lines()).extracting(RawLine::text).containsExactly("Gemensam nämnd för samverkan", "Åre kommun, Östersunds kommun");
        RawText utf8 = TextReader.read("a.txt", s.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.charset()).isEqualTo("UTF-8");
        byte[] bom = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8);
        assertThat(TextReader.read("a.txt", bom).lines().get(0).text()).isEqualTo("Gemensam nämnd för samverkan");
    }

    @Test
    void textDamagedByAWrongEncodingIsReportedLineByLine() throws Exception {
        RawText text = TextReader.read("a.txt", "Rätt rad\nGemensam nÃ¤mnd\nRätt igen\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.unreadable()).singleElement().satisfies(u -> assertThat(u.line()).isEqualTo(2));
    }

    @Test
    void formFeedsInAPastedTextStartNewPages() throws Exception {
        RawText text = TextReader.read("a.txt", "Sida ett\n\fSida två\nmer\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.lines()).extracting(RawLine::page).containsExactly(1, 2, 2);
        assertThat(text.lines().get(1).text()).isEqualTo("Sida två");
    }

    @Test
    void bytesThatAreNotWhatTheNameSaysAreRefusedWithTheFileName() {
        byte[] text = "Protokoll".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = Fixtures.pdf(List.of(List.of("Protokoll")));
        assertThatThrownBy(() -> DocumentFormat.of("protokoll.pdf", text)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("protokoll.pdf").hasMessageContaining("inte en PDF");
        assertThatThrownBy(() -> DocumentFormat.of("kallelse.docx", pdf)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("kallelse.docx").hasMessageContaining("(innehållet är en PDF)");
        assertThatThrownBy(() -> DocumentFormat.of("kallelse.txt", pdf)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("kallelse.txt");
        assertThatThrownBy(() -> DocumentFormat.of("gammal.doc", text)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("gammal.doc").hasMessageContaining("inte stöds");
        assertThatThrownBy(() -> DocumentFormat.of("tom.txt", new byte[0])).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("tom.txt");
        assertThatThrownBy(() -> TextReader.read("bild.txt", new byte[] {'G', 'I', 'F', 0, 1, 2})).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("bild.txt").hasMessageContaining("binärt");
        assertThatThrownBy(() -> DocxReader.read("trasig.docx", new byte[] {'P', 'K', 3, 4, 0, 0, 0})).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("trasig.docx");
    }

    @Test
    void aDocumentWithoutAnExtensionIsReadByItsContent() throws Exception {
        assertThat(DocumentFormat.of("utan-filändelse", Fixtures.pdf(List.of(List.of("x"))))).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of("utan-filändelse", "text".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void theImporterKeepsThePageOfEveryLineOfAPdf() throws Exception {
        byte[] pdf = Fixtures.pdf(List.of(List.of("Rad ett"), List.of("Rad två")));
        ImportedDocument d = new StandardDocumentImporter().read("a.pdf", pdf, new ImportOptions(null, List.of(), java.time.LocalDate.of(2024, 1, 1)));
        assertThat(d.input().document().lines()).extracting(TextLine::page).containsExactly(1, 2);
    }
}
