/**
 * Arithmetic behind the economy rules: sums of budget lines, of the parties' contributions and of
 * the columns of a financial table. Pure functions over the fact model, unit-tested; they add and
 * compare nothing the law decides. Whether a budget balances, whether a split is equal and
 * whether a stated total is right is decided in the DRL rules (kl/kl-11-ekonomi.drl,
 * agreement/agreement-ekonomi.drl, document/doc-summor.drl) that call them.
 */
package se.namndkoll.rules.economy;
