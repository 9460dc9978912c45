package se.namndkoll.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.report.Provision;
import se.namndkoll.rules.report.RuleDescriptor;

/**
 * {@code docs/rules.md} is generated from the rule files and the case files. This test fails when
 * the committed file differs from what the rules say; rerun it with
 * {@code -Dnamndkoll.updateDocs=true} to rewrite the file, and review the diff.
 */
class RulesDocumentTest {

    @Test
    void docsRulesMdMatchesTheRuleFiles() throws IOException {
        Path docs = Path.of(System.getProperty("namndkoll.docs.dir", "../docs")).resolve("rules.md");
        String expected = render();
        if (Boolean.getBoolean("namndkoll.updateDocs")) {
            Files.writeString(docs, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        assertThat(actual)
                .as("docs/rules.md is out of date; run: mvn -pl testcases test -Dtest=RulesDocumentTest -Dnamndkoll.updateDocs=true")
                .isEqualTo(expected);
    }

    static String render() {
        Map<String, List<String>> caseFiles = new TreeMap<>();
        Map<String, Integer> caseCounts = new TreeMap<>();
        for (CaseFile file : CaseFile.all()) {
            String rel = "testcases/" + CaseFile.root().relativize(file.path()).toString().replace('\\', '/');
            caseFiles.computeIfAbsent(file.rule(), k -> new ArrayList<>()).add(rel);
            caseCounts.merge(file.rule(), file.cases().size(), Integer::sum);
        }
        List<RuleDescriptor> rules = Engine.get().catalogue().rules();
        StringBuilder md = new StringBuilder();
        md.append("# Regelkatalog (rule catalogue)\n\n")
                .append("Generated from the rule files (DRL metadata, DMN tables, message bundles) and the test cases by\n")
                .append("`RulesDocumentTest`; a test fails when this file drifts from the rules. After changing a rule run\n")
                .append("`mvn -pl testcases test -Dtest=RulesDocumentTest -Dnamndkoll.updateDocs=true` and review the diff.\n\n")
                .append("*Verifierad* is \"ja\" exactly when the build test `StatuteCitationsTest` passed for every statutory\n")
                .append("citation of the rule: the cited section (and stycke or punkt) exists in the statute text bundled with\n")
                .append("the rules, and the operative words the rule quotes from it occur in it word for word. A citation of the\n")
                .append("committee's reglemente or agreement is verified against that document; the exceptions, the sources\n")
                .append("and the open questions are in `docs/legal-basis.md`, the notes on the law in `docs/legal/`.\n")
                .append("Rule files are under `rules/src/main/resources/se/namndkoll/rules/`.\n\n")
                .append(rules.size()).append(" rules, ")
                .append(caseCounts.values().stream().mapToInt(Integer::intValue).sum()).append(" test cases.\n\n")
                .append("| Id | Titel | Allvarlighet | Rättslig grund | Verifierad | Regelfiler | Testfall |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (RuleDescriptor r : rules) {
            md.append("| `").append(r.id()).append("` | ").append(cell(r.title()))
                    .append(" | ").append(r.severities().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(String.join("; ", r.legalBasis())))
                    .append(" | ").append(r.verified() ? "ja" : "nej")
                    .append(" | ").append(r.sourceFiles().stream().map(f -> "`" + f + "`").collect(Collectors.joining("<br>")))
                    .append(" | ").append(caseFiles.getOrDefault(r.id(), List.of()).stream().map(f -> "`" + f + "`").collect(Collectors.joining("<br>")))
                    .append(" (").append(caseCounts.getOrDefault(r.id(), 0)).append(")")
                    .append(" |\n");
        }
        md.append("\n## Regler i detalj\n");
        for (RuleDescriptor r : rules) {
            md.append("\n### ").append(r.id()).append(" – ").append(r.title()).append("\n\n")
                    .append("*").append(r.titleEn()).append("*\n\n")
                    .append("- Rättslig grund: ").append(String.join("; ", r.legalBasis()))
                    .append(r.verified() ? " (verifierad)" : " (ej verifierad, se docs/legal-basis.md)").append("\n");
            for (Provision p : r.provisions()) {
                md.append("  - ").append(p.ref()).append(" (").append(p.version()).append("): ")
                        .append(p.quotes().stream().map(q -> "”" + q + "”").collect(Collectors.joining(" … "))).append("\n");
            }
            md
                    .append("- Allvarlighet: ").append(r.severities().stream().map(Enum::name).collect(Collectors.joining(", "))).append("\n")
                    .append("- Körs när fallet innehåller: ").append(String.join(", ", r.requires())).append("\n");
            if (r.explanation() != null) {
                md.append("\n").append(r.explanation()).append("\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

}
