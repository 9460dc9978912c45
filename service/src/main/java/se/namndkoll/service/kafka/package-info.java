/** Checks requested through Kafka (CloudEvents in, the API's reports and problem details out), off unless namndkoll.kafka.enabled. */
package se.namndkoll.service.kafka;
