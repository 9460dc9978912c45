package se.namndkoll.rules.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a case (or any part of the fact model) against its Jakarta constraints and reports
 * each violation with the JSON Pointer of the field. Malformed input is rejected here; a legal
 * problem is never a validation error but a finding.
 */
public final class FactValidator {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(java.util.Set.of(Locale.ENGLISH), Locale.ENGLISH, l -> Locale.ENGLISH, false))
            .buildValidatorFactory();

    private FactValidator() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /** The violations of {@code value}, sorted by pointer; empty when it is valid. */
    public static List<Violation> validate(Object value) {
        return validate(value, "");
    }

    /** As {@link #validate(Object)}, with every pointer prefixed by {@code base} ("/committee"). */
    public static List<Violation> validate(Object value, String base) {
        return validator().validate(value).stream()
                .map(v -> new Violation(base + pointer(v.getPropertyPath()), v.getMessage(), code(v)))
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::code))
                .toList();
    }

    private static String code(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** "protocol.attendance[3].role" becomes "/protocol/attendance/3/role". */
    public static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(escape(node.getKey().toString()));
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                sb.append('/').append(escape(node.getName()));
            }
        }
        return sb.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
