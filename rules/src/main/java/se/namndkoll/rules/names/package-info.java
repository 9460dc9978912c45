/** Recognising parties by the many ways documents name them. */
package se.namndkoll.rules.names;
