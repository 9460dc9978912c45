/**
 * The one Swedish-text layer: dates and times ({@link se.namndkoll.rules.text.SwedishDates}) and
 * amounts in kronor ({@link se.namndkoll.rules.text.SwedishAmounts}) as documents write them, used
 * by the document reader and by the document-level rules alike. Party and person names are in
 * {@code se.namndkoll.rules.names}. Pure functions over strings, no law.
 */
package se.namndkoll.rules.text;
