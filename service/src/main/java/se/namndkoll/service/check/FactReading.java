package se.namndkoll.service.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.rules.validation.FactValidator;

/**
 * Reads a JSON object into a fact-model type and reports every value that is wrong, not only the
 * first: a null in a list, a value Jackson cannot read (an unknown property, a wrong type, a date
 * that does not exist) and every constraint the value read breaks. Jackson stops at its first
 * error; the value that error is about is then set aside (the member removed, the list element
 * taken out) and the rest read again, at most {@link #MAX_SET_ASIDE} times. Constraint errors on
 * what was set aside are not repeated. Every pointer is one into the JSON as sent.
 */
public final class FactReading<T> {

    /** Values set aside after a reading error at most; beyond it the errors found so far are reported. */
    static final int MAX_SET_ASIDE = 20;

    private final T value;
    private final List<InputError> errors;
    private final Set<String> setAside;

    private FactReading(T value, List<InputError> errors, Set<String> setAside) {
        this.value = value;
        this.errors = errors;
        this.setAside = setAside;
    }

    /**
     * Reads {@code json} (left unchanged) into {@code type} and validates it.
     *
     * @param prefix the pointer of {@code json} in the request ("" or "/baseline")
     */
    public static <T> FactReading<T> read(ObjectMapper mapper, ObjectNode json, Class<T> type, String prefix) {
        ObjectNode work = json.deepCopy();
        Pointers pointers = new Pointers();
        List<InputError> errors = new ArrayList<>();
        Set<String> setAside = new LinkedHashSet<>();
        // Every list of the fact model forbids null elements, and Jackson would fail on one without a path.
        removeNullElements(work, "", pointers, errors, prefix, setAside);
        T value = null;
        while (true) {
            try {
                value = mapper.treeToValue(work, type);
                break;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                JsonProcessingException cause = e instanceof JsonProcessingException j ? j
                        : e.getCause() instanceof JsonProcessingException j ? j : null;
                if (cause == null) {
                    throw (RuntimeException) e;
                }
                InputError error = JsonInputErrors.of(cause).orElse(InputError.at("", "invalid-value", Map.of()));
                String original = pointers.original(error.pointer());
                if (!isWithin(original, setAside)) {
                    errors.add(new InputError(prefix + original, null, error.code(), error.args()));
                }
                String removed = original.isEmpty() || setAside.size() >= MAX_SET_ASIDE ? null : setAside(work, error.pointer(), pointers);
                if (removed == null) {
                    break;
                }
                setAside.add(removed);
            }
        }
        if (value != null) {
            for (InputError violation : Violations.of(FactValidator.validator().validate(value), "")) {
                String original = pointers.original(violation.pointer());
                if (!isWithin(original, setAside)) {
                    errors.add(new InputError(prefix + original, null, violation.code(), violation.args()));
                }
            }
        }
        errors.sort(Comparator.comparing(InputError::pointer, FactReading::byPointer));
        return new FactReading<>(value, List.copyOf(errors), Set.copyOf(setAside));
    }

    /** The value read, or {@code null} when it could not be read at all. */
    public T value() {
        return value;
    }

    /** Every error, with its pointer into the JSON as sent; empty when the value is valid. */
    public List<InputError> errors() {
        return errors;
    }

    /** Whether {@code pointer} (into the JSON as sent, without the prefix) or what holds it was set aside. */
    public boolean setAside(String pointer) {
        return isWithin(pointer, setAside);
    }

    /** Throws the errors, if any. */
    public T orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }

    private static boolean isWithin(String pointer, Set<String> setAside) {
        for (String aside : setAside) {
            if (pointer.equals(aside) || pointer.startsWith(aside + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Pointers in document order: "/a/2" before "/a/10". */
    private static int byPointer(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                boolean nx = x[i].matches("\\d{1,9}");
                boolean ny = y[i].matches("\\d{1,9}");
                return nx && ny ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static void removeNullElements(JsonNode node, String pointer, Pointers pointers, List<InputError> errors, String prefix,
            Set<String> setAside) {
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.get(i).isNull()) {
                    String original = pointers.original(pointer + "/" + i);
                    errors.add(InputError.at(prefix + original, "NotNull", Map.of()));
                    setAside.add(original);
                    pointers.removed(pointer, i);
                    array.remove(i);
                }
            }
            for (int i = 0; i < array.size(); i++) {
                removeNullElements(array.get(i), pointer + "/" + i, pointers, errors, prefix, setAside);
            }
        } else if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> removeNullElements(e.getValue(), pointer + "/" + JsonInputErrors.escape(e.getKey()),
                    pointers, errors, prefix, setAside));
        }
    }

    /**
     * Removes the value at {@code pointer} of the working copy (or, when nothing is there, the
     * nearest value holding it); returns the original pointer of what was removed, {@code null}
     * when only the whole object is left.
     */
    private static String setAside(ObjectNode work, String pointer, Pointers pointers) {
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
            int cut = at.lastIndexOf('/');
            JsonNode parent = work.at(at.substring(0, cut));
            String token = at.substring(cut + 1).replace("~1", "/").replace("~0", "~");
            if (parent instanceof ObjectNode object && object.has(token)) {
                String original = pointers.original(at);
                object.remove(token);
                return original;
            }
            if (parent instanceof ArrayNode array && token.matches("\\d{1,9}") && Integer.parseInt(token) < array.size()) {
                String original = pointers.original(at);
                pointers.removed(at.substring(0, cut), Integer.parseInt(token));
                array.remove(Integer.parseInt(token));
                return original;
            }
        }
        return null;
    }

    /**
     * Where the elements of the working copy's lists were in the JSON as sent, once elements have
     * been taken out of them: for each list, by its pointer in the JSON as sent, the original
     * indices taken out (ascending).
     */
    private static final class Pointers {

        private final Map<String, List<Integer>> taken = new HashMap<>();

        /** The pointer in the JSON as sent of {@code pointer} in the working copy. */
        String original(String pointer) {
            if (taken.isEmpty() || pointer.isEmpty()) {
                return pointer;
            }
            StringBuilder original = new StringBuilder();
            for (String token : pointer.substring(1).split("/", -1)) {
                List<Integer> out = taken.get(original.toString());
                if (out != null && token.matches("\\d{1,9}")) {
                    token = String.valueOf(originalIndex(Integer.parseInt(token), out));
                }
                original.append('/').append(token);
            }
            return original.toString();
        }

        /** Element {@code index} of the list at {@code listPointer} (both in the working copy) was taken out. */
        void removed(String listPointer, int index) {
            List<Integer> out = taken.computeIfAbsent(original(listPointer), k -> new ArrayList<>());
            int original = originalIndex(index, out);
            int at = 0;
            while (at < out.size() && out.get(at) < original) {
                at++;
            }
            out.add(at, original);
        }

        /** The {@code index}-th index (from 0) that was not taken out. */
        private static int originalIndex(int index, List<Integer> out) {
            int original = index;
            for (int taken : out) {
                if (taken <= original) {
                    original++;
                } else {
                    break;
                }
            }
            return original;
        }
    }
}
