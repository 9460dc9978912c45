package se.namndkoll.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.report.Report;

/**
 * The plain-Java baseline of the benchmark does the same checks as the engine: on the realistic
 * case and each of its variants it reports the same rule ids, variants, severities and locations
 * with the same texts, and lists the same rules as evaluated. Without this the engine-vs-plain-Java
 * ratio in docs/performance.md would compare different work.
 */
class PlainJavaParityTest {

    private static RuleEngine engine;
    private static PlainJavaChecks plain;

    @BeforeAll
    static void load() {
        engine = RuleEngine.create();
        plain = new PlainJavaChecks();
    }

    @ParameterizedTest
    @EnumSource(RealisticCase.Variant.class)
    void sameFindingsAsTheEngine(RealisticCase.Variant variant) {
        Case c = RealisticCase.build(variant);
        Report report = engine.check(c);
        PlainJavaChecks.PlainReport baseline = plain.check(c);

        List<String> expected = report.findings().stream()
                .map(f -> f.ruleId() + " " + f.variant() + " " + f.severity() + " " + f.location().pointer() + " | " + f.message() + " | " + f.messageEn())
                .sorted().toList();
        List<String> actual = baseline.findings().stream()
                .map(f -> f.ruleId() + " " + f.variant() + " " + f.severity() + " " + f.pointer() + " | " + f.message() + " | " + f.messageEn())
                .sorted().toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(baseline.rulesEvaluated()).containsExactlyInAnyOrderElementsOf(report.rulesEvaluated());
        if (variant == RealisticCase.Variant.FULL) {
            assertThat(report.findings()).hasSizeGreaterThan(15); // realistic: many rules fire
        }
    }
}
