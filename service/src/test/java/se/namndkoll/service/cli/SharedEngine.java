package se.namndkoll.service.cli;

import se.namndkoll.rules.RuleEngine;

/** The one rule engine the command-line tests share: made on first use, as the commands make theirs. */
final class SharedEngine {

    private static RuleEngine engine;

    private SharedEngine() {
    }

    static synchronized RuleEngine get() {
        if (engine == null) {
            engine = RuleEngine.create();
        }
        return engine;
    }
}
