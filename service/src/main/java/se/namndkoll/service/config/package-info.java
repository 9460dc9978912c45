/** Spring configuration: the service's typed settings, JSON, language, the engine bean, OpenAPI, scheduling. */
package se.namndkoll.service.config;
