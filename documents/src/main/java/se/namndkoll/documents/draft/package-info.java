/**
 * A committee drafted from its governing documents (reglemente, samverkansavtal or överenskommelse,
 * förbundsordning): {@link se.namndkoll.documents.draft.CommitteeDrafter} reads the body's name,
 * form, parties, host, seats per party and the terms of its texts into the registry's schema, with
 * the file and lines each fact came from and what the texts leave unsaid or say ambiguously. It
 * reads by the Swedish such texts use ("Medlemmar i förbundet är …", "varje kommun utser en ledamot
 * och en ersättare", "X kommun är värdkommun"), never by a known document's words.
 */
package se.namndkoll.documents.draft;
