package se.namndkoll.rules.engine;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Remembers where in the case each inserted fact came from, as a JSON Pointer, so that a rule can
 * say where a finding is without knowing the structure of the input.
 */
public final class Locator {

    private final Map<Object, String> pointers = new IdentityHashMap<>();

    /** Records that {@code fact} sits at {@code pointer}; returns the fact. */
    public <T> T register(T fact, String pointer) {
        if (fact != null) {
            pointers.putIfAbsent(fact, pointer);
        }
        return fact;
    }

    /** The pointer of {@code fact}, or "" (the whole case) when it was not registered. */
    public String pointerOf(Object fact) {
        String pointer = pointers.get(fact);
        return pointer == null ? "" : pointer;
    }

    /** Escapes one reference token (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
