package se.namndkoll.documents.draft;

/**
 * What the documents do not say, or say ambiguously, for the user to fill in before saving.
 *
 * @param pointer JSON Pointer of the field in the drafted committee ("" for the committee as a whole)
 * @param code a stable code for the kind of gap ("not-stated", "ambiguous", "conflict", "total-only",
 *     "formula", "not-a-party", "partial", "other-form", "not-governing-kind")
 * @param message what is missing and what to do, in Swedish
 * @param messageEn the same in English
 */
public record Unresolved(String pointer, String code, String message, String messageEn) {
}
