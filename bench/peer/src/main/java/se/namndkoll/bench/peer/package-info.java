/** A bare Spring Boot web application with Actuator: the peer of the service's start-up time. */
package se.namndkoll.bench.peer;
