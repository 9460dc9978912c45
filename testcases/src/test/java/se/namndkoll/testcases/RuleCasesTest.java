package se.namndkoll.testcases;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.validation.FactValidator;
import se.namndkoll.rules.validation.Violation;

/**
 * Runs every case of every YAML file against the engine's public API: one container per file,
 * one test per case, each pointing at its file so an IDE can open it.
 */
class RuleCasesTest {

    @TestFactory
    Stream<DynamicNode> everyCaseGivesTheExpectedFindings() {
        return CaseFile.all().stream().map(file -> DynamicContainer.dynamicContainer(
                CaseFile.root().relativize(file.path()).toString(),
                file.path().toUri(),
                file.cases().stream().map(testCase -> DynamicTest.dynamicTest(
                        testCase.name(), file.path().toUri(), () -> run(testCase)))));
    }

    private static void run(CaseFile.TestCase testCase) {
        Case input = testCase.toCase();
        List<Violation> violations = FactValidator.validate(input);
        if (!violations.isEmpty()) {
            fail("The case input is not valid: " + violations);
        }
        Report report = Engine.get().check(input);
        List<String> differences = Expectations.differences(testCase, report);
        if (!differences.isEmpty()) {
            fail(CaseFile.root().relativize(testCase.file().path()) + " case " + testCase.index() + " '" + testCase.name() + "' ("
                    + Expectations.summary(input) + "):\n  " + String.join("\n  ", differences));
        }
    }
}
