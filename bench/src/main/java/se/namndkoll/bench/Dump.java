package se.namndkoll.bench;

import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;

/** Prints the engine's findings on each variant of the realistic case (for people writing the baseline). */
public final class Dump {
    public static void main(String[] args) {
        RuleEngine engine = RuleEngine.create();
        for (RealisticCase.Variant v : RealisticCase.Variant.values()) {
            Case c = RealisticCase.build(v);
            Report r = engine.check(c);
            System.out.println("== " + v + ": " + r.findings().size() + " findings, evaluated " + r.rulesEvaluated().size());
            for (Finding f : r.findings()) {
                System.out.println(f.severity() + " " + f.ruleId() + "/" + f.variant() + " @" + f.location().pointer() + " " + f.message());
            }
        }
    }
}
