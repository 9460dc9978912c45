/**
 * The data-driven test corpus: one YAML file of cases per rule under {@code testcases/<source>/},
 * run against the engine's public API by {@link RuleCasesTest}; {@link CatalogueCoverageTest} keeps
 * the corpus and the catalogue in step, and {@link RulesDocumentTest} keeps {@code docs/rules.md}.
 */
package se.namndkoll.testcases;
