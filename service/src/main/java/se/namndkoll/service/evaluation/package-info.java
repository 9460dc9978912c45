/** The decision log: an asynchronous, bounded writer, its table, the retention purge and its health. */
package se.namndkoll.service.evaluation;
