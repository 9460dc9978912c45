/** What the engine answers: findings with their legal basis, the report, and the rule catalogue. */
package se.namndkoll.rules.report;
