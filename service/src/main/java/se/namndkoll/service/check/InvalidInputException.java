package se.namndkoll.service.check;

import java.util.List;

/** The input cannot be read as a case (400): malformed fields, each located. Never a legal problem. */
public class InvalidInputException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super("Invalid input: " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
