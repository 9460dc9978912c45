package se.namndkoll.testcases;

import se.namndkoll.rules.RuleEngine;

/** One engine for the whole test run: loading the compiled rule set takes about a second. */
final class Engine {

    private static RuleEngine engine;

    private Engine() {
    }

    static synchronized RuleEngine get() {
        if (engine == null) {
            engine = RuleEngine.create();
        }
        return engine;
    }
}
