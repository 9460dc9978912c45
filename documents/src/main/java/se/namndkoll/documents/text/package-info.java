/**
 * The Swedish of municipal documents: dates and times, amounts, names and diarienummer, section
 * headings, and the vocabulary of labels and signals the readers look for. Pure functions over
 * strings.
 */
package se.namndkoll.documents.text;
