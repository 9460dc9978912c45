package se.namndkoll.testcases.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Severity;

/**
 * One document compared with its label: each applicable field's agreement, the committee
 * attribution, and the findings against {@code must}, {@code may} and {@code must_not}.
 */
record DocumentResult(Label label, String document, String split, String readKind, Attribution attribution,
        Map<Field, Outcome> fields, List<Label.Expected> mustFound, List<Label.Expected> mustMissed,
        List<Finding> falseFindings) {

    /** How the document was attributed to a registered committee. */
    enum Attribution {
        RIGHT, NONE, WRONG
    }

    /** A field's labelled and read values and whether they agree. */
    record Outcome(Object expected, Object observed, boolean agrees) {
    }

    static DocumentResult compare(Label label, String document, String split, Observation observation) {
        Map<Field, Outcome> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            if (!f.appliesTo(label)) {
                continue;
            }
            Object expected = f.expected(label);
            if (expected == null) {
                continue;
            }
            Object observed = observation.value(f);
            fields.put(f, new Outcome(expected, observed, f.agrees(expected, observed)));
        }
        String labelled = label.facts().string("committee");
        String expectedCommittee = labelled == null || labelled.equals("none") ? null : labelled;
        String read = observation.committeeId();
        Attribution attribution = read == null ? (expectedCommittee == null ? Attribution.RIGHT : Attribution.NONE)
                : read.equals(expectedCommittee) ? Attribution.RIGHT : Attribution.WRONG;

        List<Finding> remaining = new ArrayList<>(observation.report().findings());
        List<Label.Expected> found = new ArrayList<>();
        List<Label.Expected> missed = new ArrayList<>();
        for (Label.Expected e : label.must()) {
            Finding f = take(remaining, e);
            (f == null ? missed : found).add(e);
        }
        for (Label.Expected e : label.may()) {
            while (take(remaining, e) != null) {
                // every finding a 'may' entry allows is neither expected nor false
            }
        }
        List<Finding> falseFindings = new ArrayList<>();
        for (Finding f : remaining) {
            boolean forbidden = label.mustNot().stream().anyMatch(e -> e.matches(f.ruleId(), f.severity().name(), f.variant()));
            // an error is a claim that something is unlawful: one the label does not expect is false
            if (forbidden || f.severity() == Severity.ERROR) {
                falseFindings.add(f);
            }
        }
        return new DocumentResult(label, document, split, observation.mainKind(), attribution, fields, found, missed, falseFindings);
    }

    private static Finding take(List<Finding> findings, Label.Expected e) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (e.matches(f.ruleId(), f.severity().name(), f.variant())) {
                return findings.remove(i);
            }
        }
        return null;
    }

    boolean kindRight() {
        return label.mainKind().equals(readKind);
    }

    Map<Severity, Integer> falseBySeverity() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        falseFindings.forEach(f -> out.merge(f.severity(), 1, Integer::sum));
        return out;
    }
}
