/**
 * Reading documents (text, PDF, Word) into the fact model with their original line numbers and
 * pages. Plain Java, no Spring: used by the HTTP API and the command line alike. The entry point is
 * {@link se.namndkoll.documents.StandardDocumentImporter}; the work is done in four layers, each a
 * package: {@code format} (bytes to lines), {@code layout} (lines to furniture, fields, tables),
 * {@code kinds} (the readers of each kind of document) and {@code text} (the Swedish they share).
 */
package se.namndkoll.documents;
