/**
 * The readers of each kind of document behind one interface, {@link se.namndkoll.documents.kinds.KindReader}:
 * protocol ({@link se.namndkoll.documents.kinds.ProtocolReader}), kallelse and tjänsteskrivelse
 * ({@link se.namndkoll.documents.kinds.AgendaReader}), reglemente or agreement
 * ({@link se.namndkoll.documents.kinds.GoverningTextReader}) and financial table
 * ({@link se.namndkoll.documents.kinds.FinancialTableReader}); the weighing of signals across the
 * whole document that decides which kinds it holds ({@link se.namndkoll.documents.kinds.Classifier});
 * and the recognition of the body it belongs to.
 */
package se.namndkoll.documents.kinds;
