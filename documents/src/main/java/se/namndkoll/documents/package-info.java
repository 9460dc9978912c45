/**
 * Reading documents (text, PDF, Word) into the fact model with their original line numbers. Plain
 * Java, no Spring: used by the HTTP API and the command line alike.
 */
package se.namndkoll.documents;
