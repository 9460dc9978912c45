/** API keys (constant-time, never stored or logged), the caller's identity, and the request body limit. */
package se.namndkoll.service.security;
