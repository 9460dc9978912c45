package se.namndkoll.service.check;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jakarta constraint violations of the fact model as {@link InputError}s: the JSON Pointer of the
 * field (as {@code FactValidator} computes it), the constraint as the code and its attributes
 * ({@code min}, {@code max}, …) as the message arguments, so the message can be given in Swedish.
 */
public final class Violations {

    private static final Set<String> ARGUMENTS = Set.of("min", "max", "value", "integer", "fraction", "regexp", "inclusive");

    private Violations() {
    }

    public static List<InputError> of(Set<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(v -> InputError.at(prefix + pointer(v.getPropertyPath()), code(v), arguments(v)))
                .sorted(Comparator.comparing(InputError::pointer).thenComparing(InputError::code))
                .toList();
    }

    private static String code(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static Map<String, Object> arguments(ConstraintViolation<?> v) {
        Map<String, Object> args = new LinkedHashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((k, value) -> {
            if (ARGUMENTS.contains(k)) {
                args.put(k, value);
            }
        });
        return args;
    }

    /** "protocol.attendance[3].role" becomes "/protocol/attendance/3/role" (as FactValidator does). */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(JsonInputErrors.escape(node.getKey().toString()));
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                sb.append('/').append(JsonInputErrors.escape(node.getName()));
            }
        }
        return sb.toString();
    }
}
