/**
 * Pattern work for the document-level rules (rules/document/*.drl): placeholders, numbering,
 * distribution lists, written dates and organisationsnummer. Pure functions without legal
 * thresholds; which outcome is how severe is decided in the DRL files.
 */
package se.namndkoll.rules.document;
