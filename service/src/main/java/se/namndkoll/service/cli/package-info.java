/**
 * The command line, {@code java -jar namndkoll.jar check …}: checks documents and JSON cases
 * without starting the web service. Plain Java, no Spring.
 */
package se.namndkoll.service.cli;
