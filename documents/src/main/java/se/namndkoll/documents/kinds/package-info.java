/**
 * The readers of each kind of document (protocol, kallelse, tjänsteskrivelse, reglemente or
 * agreement, financial table), the weighing of signals that decides which kinds a document holds,
 * and the recognition of the body it belongs to.
 */
package se.namndkoll.documents.kinds;
