package se.namndkoll.service.check;

import java.util.Map;

/**
 * One thing wrong with a request's input, located for the caller.
 *
 * @param pointer JSON Pointer into the request body ({@code null} for a query parameter)
 * @param parameter the query parameter or form part ({@code null} for the body)
 * @param code what is wrong, a stable code ("unknown-property", "invalid-date", "Size")
 * @param args the values the message names ({@code max}, {@code allowed}, {@code value})
 */
public record InputError(String pointer, String parameter, String code, Map<String, Object> args) {

    public InputError {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static InputError at(String pointer, String code, Map<String, Object> args) {
        return new InputError(pointer, null, code, args);
    }

    public static InputError parameter(String name, String code, Map<String, Object> args) {
        return new InputError(null, name, code, args);
    }

    public InputError under(String prefix) {
        return pointer == null ? this : new InputError(prefix + pointer, parameter, code, args);
    }
}
