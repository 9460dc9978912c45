/** Jakarta Validation of the fact model, with violations located by JSON Pointer. */
package se.namndkoll.rules.validation;
