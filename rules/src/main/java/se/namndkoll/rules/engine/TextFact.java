package se.namndkoll.rules.engine;

import se.namndkoll.rules.model.TextZone;

/**
 * A piece of free text from anywhere in the case (a document line, an agenda item's description,
 * a proposal point, a decision text), so that text rules run the same on JSON cases and documents.
 *
 * @param pointer where the text is
 * @param text the text
 * @param zone whether it is a proposal, a decision, running text or page furniture
 * @param line the document line, when read from a document
 */
public record TextFact(String pointer, String text, TextZone zone, Integer line) {
}
