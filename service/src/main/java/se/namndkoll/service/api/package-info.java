/**
 * The HTTP API under {@code /api/v1}: thin package-private controllers that map requests to the use
 * cases and reports to response bodies, and the one error handler that answers every error as RFC 9457
 * problem details. No rule engine, no database and no legal logic here.
 */
package se.namndkoll.service.api;
