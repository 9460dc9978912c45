/**
 * Engine internals: how facts are inserted into the rule unit, how DMN decisions feed the DRL
 * rules, and how a rule's metadata becomes a {@link se.namndkoll.rules.report.Finding}. Nothing
 * here holds legal logic: thresholds, deadlines and tests live in the DMN and DRL files.
 */
package se.namndkoll.rules.engine;
