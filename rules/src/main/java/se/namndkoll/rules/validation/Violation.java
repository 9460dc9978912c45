package se.namndkoll.rules.validation;

/**
 * One malformed field of the input.
 *
 * @param pointer JSON Pointer of the field ("/protocol/attendance/3/role")
 * @param message what is wrong, in English (the service translates by code)
 * @param code the constraint that failed ("NotNull", "Size", "Pattern")
 */
public record Violation(String pointer, String message, String code) {
}
