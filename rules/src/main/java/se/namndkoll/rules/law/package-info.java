/**
 * The statute texts inside the product: Kommunallagen, LOU and the two laws on time limits and
 * holidays, section by section as data ({@code se/namndkoll/law/*.json}, with their source), and a
 * small reader that separates a section's wording from the amendment note and the next section's
 * heading that the source appends. Citations are checked against these words by the build; every
 * finding carries the wording of the provisions it cites. No legal logic lives here.
 */
package se.namndkoll.rules.law;
