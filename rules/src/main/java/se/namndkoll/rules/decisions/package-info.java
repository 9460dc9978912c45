/**
 * The bridge from the case to the DMN models and back: each {@link DecisionStep} maps part of the
 * case to a model's inputs, evaluates it, and inserts the typed outcome into the rule unit, where
 * the DRL rules compare it with the facts and report findings. The tests, thresholds and deadlines
 * themselves are in the DMN files, where a lawyer can read and edit them.
 */
package se.namndkoll.rules.decisions;
