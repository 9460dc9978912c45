package se.namndkoll.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.engine.RuleFiles;
import se.namndkoll.rules.engine.RuleMeta;
import se.namndkoll.rules.report.RuleDescriptor;

/**
 * Every statutory citation of every rule is checked against the statute text bundled with the
 * rules: the section (and a cited stycke or punkt) exists, and the operative words the rule quotes
 * from it ({@code @quotes}) are in it word for word. A rule is {@code @verified(true)} exactly when
 * this holds for all its statutory citations; a rule with a statutory basis that is not verified is
 * an exception, listed with its reason in docs/legal-basis.md. Citations written in the DMN tables,
 * the messages and the legal notes must name sections that exist.
 */
class StatuteCitationsTest {

    private static final Statutes STATUTES = Statutes.bundled();
    /** A citation in prose: "KL 9 kap. 32 §", "LOU 3 kap. 12–16 §§", "Lag (1930:173) 2 §". */
    private static final Pattern PROSE = Pattern.compile(
            "\\b(KL|LOU) (\\d+) kap\\. (\\d+(?: [a-z](?= ))?)(?:(?:–|-| och )(\\d+))? §|(Lag \\((?:1930:173|1989:253)\\)) (\\d+)(?:(?:–|-| och )(\\d+))? §");
    /** A row of the exceptions table in docs/legal-basis.md: "| `KL-REMOTE-PARTICIPATION` | reason |". */
    private static final Pattern EXCEPTION_ROW = Pattern.compile("^\\| `([A-Z0-9-]+)` \\|(.+)\\|\\s*$");

    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.create();
    }

    @Test
    void everyStatutoryCitationNamesASectionOfTheTextAndQuotesIt() {
        List<String> problems = new ArrayList<>();
        engine.catalogue().drlRules().forEach((name, meta) -> {
            for (String problem : meta.citationProblems()) {
                boolean declaredGap = !meta.verified() && problem.endsWith("no quotation of the provision's operative words");
                if (!declaredGap) {
                    problems.add(meta.ruleId() + " (\"" + name + "\"): " + problem);
                }
            }
        });
        assertThat(problems).as("statutory citations that the statute text does not bear out").isEmpty();
    }

    @Test
    void aRuleIsVerifiedExactlyWhenItsStatutoryCitationsStandTheCheck() {
        List<String> wrong = new ArrayList<>();
        engine.catalogue().drlRules().forEach((name, meta) -> {
            boolean statutory = meta.legalBasis().stream().anyMatch(STATUTES::isStatutory);
            boolean onlyStatutory = meta.legalBasis().stream().allMatch(STATUTES::isStatutory);
            if (meta.verified() && !meta.citationProblems().isEmpty()) {
                wrong.add(meta.ruleId() + " (\"" + name + "\") says @verified(true) but: " + meta.citationProblems());
            }
            if (!meta.verified() && statutory && onlyStatutory && meta.citationProblems().isEmpty()) {
                wrong.add(meta.ruleId() + " (\"" + name + "\") says @verified(false) but every citation stands the check");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyUnverifiedRuleWithAStatutoryBasisIsAListedException() throws IOException {
        Set<String> unverified = new TreeSet<>();
        for (RuleDescriptor r : engine.catalogue().rules()) {
            if (!r.verified() && r.legalBasis().stream().anyMatch(STATUTES::isStatutory)) {
                unverified.add(r.id());
            }
        }
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(docs().resolve("legal-basis.md"), StandardCharsets.UTF_8)) {
            Matcher m = EXCEPTION_ROW.matcher(line);
            if (m.matches()) {
                listed.put(m.group(1), m.group(2).trim());
            }
        }
        assertThat(listed.keySet()).as("the exceptions listed in docs/legal-basis.md").isEqualTo(unverified);
        listed.forEach((id, reason) -> assertThat(reason).as("the reason given for " + id).hasSizeGreaterThan(20));
    }

    @Test
    void everyCitationInTheRuleFilesMessagesAndNotesNamesASectionThatExists() throws IOException {
        List<String> problems = new ArrayList<>();
        RuleFiles.load().contents().forEach((file, text) -> problems.addAll(prose(file, text)));
        for (String bundle : List.of("messages/findings_sv.properties", "messages/findings_en.properties")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleFiles.ROOT + bundle)) {
                problems.addAll(prose(bundle, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        Path notes = docs().resolve("legal");
        if (Files.isDirectory(notes)) {
            try (Stream<Path> files = Files.list(notes)) {
                for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    problems.addAll(prose("docs/legal/" + md.getFileName(), Files.readString(md, StandardCharsets.UTF_8)));
                }
            }
        }
        problems.addAll(prose("docs/legal-basis.md", Files.readString(docs().resolve("legal-basis.md"), StandardCharsets.UTF_8)));
        assertThat(problems).as("citations of sections the statute text does not have").isEmpty();
    }

    @Test
    void theCatalogueCarriesTheWordingOfEveryStatutoryCitation() {
        for (RuleDescriptor r : engine.catalogue().rules()) {
            long statutory = r.legalBasis().stream().filter(STATUTES::isStatutory).count();
            assertThat(r.provisions()).as(r.id()).hasSize((int) statutory);
            r.provisions().forEach(p -> {
                assertThat(p.text()).as(p.ref()).isNotBlank();
                assertThat(p.version()).as(p.ref()).matches("Lag \\(\\d{4}:\\d+\\)|SFS \\d{4}:\\d+");
            });
        }
    }

    @Test
    void theQuotationFormatIsRead() {
        Map<String, List<String>> q = RuleMeta.quotes("test", "KL 5 kap. 69 §: ”senast fjorton dagar”; Lag (1930:173) 2 § första stycket: ”nästa vardag”;"
                + " KL 5 kap. 69 §: ”Ett protokoll ska justeras”");
        assertThat(q).containsOnlyKeys("KL 5 kap. 69 §", "Lag (1930:173) 2 § första stycket");
        assertThat(q.get("KL 5 kap. 69 §")).containsExactly("senast fjorton dagar", "Ett protokoll ska justeras");
    }

    private static List<String> prose(String file, String text) {
        List<String> problems = new ArrayList<>();
        Matcher m = PROSE.matcher(text);
        while (m.find()) {
            List<String> cited = new ArrayList<>();
            if (m.group(1) != null) {
                cited.add(m.group(1) + " " + m.group(2) + " kap. " + m.group(3) + " §");
                if (m.group(4) != null) {
                    cited.add(m.group(1) + " " + m.group(2) + " kap. " + m.group(4) + " §");
                }
            } else {
                cited.add(m.group(5) + " " + m.group(6) + " §");
                if (m.group(7) != null) {
                    cited.add(m.group(5) + " " + m.group(7) + " §");
                }
            }
            for (String c : cited) {
                Statutes.Lookup l = STATUTES.lookup(c);
                if (!l.found()) {
                    problems.add(file + ": \"" + m.group() + "\": " + c + " " + l.problem());
                }
            }
        }
        return problems;
    }

    private static Path docs() {
        return Path.of(System.getProperty("namndkoll.docs.dir", "../docs"));
    }
}
