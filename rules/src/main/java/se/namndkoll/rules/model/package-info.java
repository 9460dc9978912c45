/**
 * The fact model: what a caller hands to the engine. Immutable records, Jackson-ready, with
 * Jakarta Validation on every field that can be malformed. A value that a source does not state
 * is {@code null} (unknown), never a guess; an empty list means "stated to be none".
 *
 * <p>Identifiers are English (see {@code docs/glossary.md} for the Swedish terms of art).
 */
package se.namndkoll.rules.model;
