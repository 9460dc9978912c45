package se.namndkoll.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.rules.report.Report;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;

/**
 * The document inputs of measurement 3: the five seed files and synthetic protocols of any number
 * of pages made from seed 003 (its first page, then its paragraphs over and over, renumbered, 48
 * lines a page with the page header and a form feed between pages, as text extracted from a PDF).
 */
public final class Documents {

    public static final List<String> SEEDS = List.of(
            "000_98187ae94434c6d8.txt", "001_a72ccbcc8286b434.txt", "002_521353b1cf404329.txt",
            "003_539db65e0945b6ea.txt", "004_62536bea066c2397.txt");
    static final int LINES_PER_PAGE = 48;
    private static final Pattern PARAGRAPH = Pattern.compile("^\\s*§ (\\d+)\\s*$");

    private final StandardDocumentImporter importer = new StandardDocumentImporter();
    private final ImportOptions options = new ImportOptions(null, ReferenceCommittees.all(), null);

    /**
     * A seed's bytes, read where the seeds lie: beside the clone when the benchmarks run from its
     * root, as the scripts do (-Dnamndkoll.seeds.dir overrides). The project keeps no copy of them.
     */
    public static byte[] seed(String name) {
        Path file = Path.of(System.getProperty("namndkoll.seeds.dir", "../shared/seeds")).resolve(name);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Missing seed " + file.toAbsolutePath().normalize()
                    + ": run from the clone's root with the seeds beside it, or set -Dnamndkoll.seeds.dir", e);
        }
    }

    /** A protocol of {@code pages} pages made from seed 003. */
    public static byte[] syntheticProtocol(int pages) {
        List<String> lines = new String(seed("003_539db65e0945b6ea.txt"), StandardCharsets.UTF_8).lines().toList();
        int firstParagraph = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (PARAGRAPH.matcher(lines.get(i)).matches()) {
                if (firstParagraph < 0) {
                    firstParagraph = i;
                } else if (lines.get(i).trim().equals("§ 1")) {
                    break;
                }
            }
            if (firstParagraph >= 0 && lines.get(i).trim().startsWith("§ 1 ") && i > firstParagraph) {
                end = i; // the table of contents that follows the paragraphs
                break;
            }
        }
        List<String> front = lines.subList(0, firstParagraph);
        List<String> body = lines.subList(firstParagraph, end);
        String header = lines.get(0);
        int target = pages * LINES_PER_PAGE;
        List<String> out = new ArrayList<>(front);
        int number = 0;
        while (out.size() < target) {
            for (String line : body) {
                Matcher m = PARAGRAPH.matcher(line);
                out.add(m.matches() ? " § " + (++number) + " " : line);
            }
        }
        out = out.subList(0, target);
        StringBuilder sb = new StringBuilder(target * 60);
        for (int i = 0; i < out.size(); i++) {
            if (i > 0 && i % LINES_PER_PAGE == 0) {
                sb.append('\f').append(header).append('\n');
            }
            String line = out.get(i);
            if (line.startsWith("Justerade paragrafer")) {
                line = "Justerade paragrafer 1-" + countParagraphs(out);
            }
            sb.append(line).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int countParagraphs(List<String> lines) {
        int n = 0;
        for (String l : lines) {
            if (PARAGRAPH.matcher(l).matches()) {
                n++;
            }
        }
        return n;
    }

    public ImportedDocument read(String name, byte[] content) {
        try {
            return importer.read(name, content, options);
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public Report importAndCheck(RuleEngine engine, String name, byte[] content) {
        return engine.check(read(name, content).input());
    }
}
