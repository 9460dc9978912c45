/**
 * The check use cases: reading a request into a valid case (JSON Pointers for every malformed field),
 * running it through the rule engine, what-if comparisons and document checks, with metrics and a
 * decision-log entry for each.
 */
package se.namndkoll.service.check;
