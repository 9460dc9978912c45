/** The committee registry: committees stored as JSON with a version for ETag/If-Match, every revision kept. */
package se.namndkoll.service.registry;
