/**
 * Layout: a document's lines as laid out on the page and what is learnt about each before its
 * kind is known: page furniture of PDFs and web transcripts, repeated text, labelled fields,
 * columns and tables of figures.
 */
package se.namndkoll.documents.layout;
