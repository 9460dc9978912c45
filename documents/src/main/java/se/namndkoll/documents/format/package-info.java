/**
 * Formats: text (UTF-8 or Windows-1252), PDF and Word bytes into lines, each with its line number
 * and page, within the limits of {@link se.namndkoll.documents.DocumentLimits}. Nothing here knows
 * what a protocol is.
 */
package se.namndkoll.documents.format;
