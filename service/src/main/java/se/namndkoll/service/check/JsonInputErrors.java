package se.namndkoll.service.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns Jackson's reading errors into {@link InputError}s with a JSON Pointer and a stable code.
 * Jackson's own messages are never passed on: they name Java classes.
 */
public final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /** The input error, when {@code e} is about a value (not about JSON syntax). */
    public static Optional<InputError> of(Throwable e) {
        if (!(e instanceof JsonMappingException m) || e instanceof com.fasterxml.jackson.core.exc.StreamReadException
                || exceedsLimits(e)) {
            return Optional.empty();
        }
        String pointer = pointer(m.getPath());
        Map<String, Object> args = new LinkedHashMap<>();
        String code;
        if (m instanceof UnrecognizedPropertyException u) {
            code = "unknown-property";
            args.put("property", u.getPropertyName());
            if (u.getKnownPropertyIds() != null) {
                args.put("known", u.getKnownPropertyIds().stream().map(Object::toString).collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList());
            }
        } else if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            code = "unknown-value";
            args.put("value", String.valueOf(f.getValue()));
            args.put("allowed", Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).toList());
        } else if (m instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class) {
            code = "invalid-date";
            args.put("value", String.valueOf(f.getValue()));
        } else if (m instanceof InvalidFormatException f && f.getTargetType() == LocalTime.class) {
            code = "invalid-time";
            args.put("value", String.valueOf(f.getValue()));
        } else if (m instanceof InvalidNullException) {
            code = "required";
        } else if (m instanceof MismatchedInputException mi) {
            code = "wrong-type";
            args.put("expected", typeName(mi.getTargetType()));
        } else if (m instanceof ValueInstantiationException) {
            code = "invalid-value";
        } else {
            code = "invalid-value";
        }
        return Optional.of(InputError.at(pointer, code, args));
    }

    /** Whether {@code e} (or a cause) is a body beyond the parser's limits: nesting, number or string length, tokens. */
    public static boolean exceedsLimits(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} (or a cause) is a JSON syntax error. */
    public static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
                return true;
            }
        }
        return false;
    }

    public static InvalidInputException toException(JsonProcessingException e, String prefix) {
        return new InvalidInputException(of(e).orElse(InputError.at("", "invalid-value", Map.of())).under(prefix));
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A type as a caller knows it: text, integer, number, boolean, date, time, array, object. */
    static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date-time";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
