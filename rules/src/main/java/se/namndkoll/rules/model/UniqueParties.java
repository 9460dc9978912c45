package se.namndkoll.rules.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;
import se.namndkoll.rules.text.NameCores;

/**
 * A committee names each party once: no two parties share an id, and no two carry names that name
 * the same kommun or region ("Växjö kommun" and "Växjö"). A party listed twice is malformed input
 * (its seats, its share and its adoption of the reglemente could not be told apart), not a legal
 * finding. Each repeat is reported at the later party's {@code id} or {@code name}.
 */
@Documented
@Constraint(validatedBy = UniqueParties.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueParties {

    String message() default "party listed twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports every party that repeats an earlier one. */
    final class Validator implements ConstraintValidator<UniqueParties, Committee> {

        @Override
        public boolean isValid(Committee committee, ConstraintValidatorContext context) {
            if (committee == null || committee.parties() == null) {
                return true;
            }
            Map<String, Integer> ids = new HashMap<>();
            Map<String, Integer> names = new HashMap<>();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < committee.parties().size(); i++) {
                Party p = committee.parties().get(i);
                if (p == null) {
                    continue;
                }
                String field = null;
                if (p.id() != null && !p.id().isBlank() && ids.putIfAbsent(p.id(), i) != null) {
                    field = "id";
                } else if (p.name() != null && !NameCores.core(p.name()).isEmpty() && names.putIfAbsent(NameCores.core(p.name()), i) != null) {
                    field = "name";
                }
                if (field != null) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("parties").addPropertyNode(field).inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
