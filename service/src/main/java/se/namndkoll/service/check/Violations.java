package se.namndkoll.service.check;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.rules.validation.FactValidator;

/**
 * Jakarta constraint violations of the fact model as {@link InputError}s: the JSON Pointer of the
 * field (computed by {@link FactValidator#pointer}), the constraint as the code and its attributes
 * ({@code min}, {@code max}, …) as the message arguments, so the message can be given in Swedish.
 */
public final class Violations {

    private static final Set<String> ARGUMENTS = Set.of("min", "max", "value", "integer", "fraction", "regexp", "inclusive");

    private Violations() {
    }

    public static List<InputError> of(Set<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(v -> InputError.at(prefix + FactValidator.pointer(v.getPropertyPath()), code(v), arguments(v)))
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
}
