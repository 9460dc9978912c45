package se.namndkoll.bench;

import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.report.Report;
import se.namndkoll.documents.ImportedDocument;

/** Prints what the synthetic protocols and seeds read as (pages, paragraphs, findings) and a rough warm time. */
public final class DocProbe {
    public static void main(String[] args) {
        RuleEngine engine = RuleEngine.create();
        Documents d = new Documents();
        for (int pages : new int[] {10, 50, 200}) {
            byte[] content = Documents.syntheticProtocol(pages);
            ImportedDocument doc = d.read("synthetic.txt", content);
            Report r = engine.check(doc.input());
            System.out.printf("synthetic-%d: %d bytes, %d lines, %d paragraphs, kinds %s, %d findings%n", pages, content.length,
                    doc.input().document().lines().size(),
                    doc.input().protocol() == null ? -1 : doc.input().protocol().paragraphs().size(), doc.kinds(), r.findings().size());
        }
    }
}
