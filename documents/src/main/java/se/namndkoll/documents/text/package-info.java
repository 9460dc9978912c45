/**
 * The Swedish of municipal documents as the readers need it: diarienummer, section headings, and
 * the vocabulary of labels and signals the readers look for. Dates, times and amounts are read by
 * the one Swedish-text layer of the rules module ({@code se.namndkoll.rules.text}), names by
 * {@code se.namndkoll.rules.names}. Pure functions over strings.
 */
package se.namndkoll.documents.text;
