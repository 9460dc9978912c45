package se.namndkoll.bench;

import java.util.List;
import se.namndkoll.rules.model.Case;

/** Placeholder, replaced below. */
public final class PlainJavaChecks {
    public List<Object> check(Case c) {
        return List.of();
    }
}
