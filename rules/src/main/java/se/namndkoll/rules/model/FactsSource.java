package se.namndkoll.rules.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where facts come from when they are not the registry's or the caller's: {@code "document"} for a
 * provisional committee built from what the checked document says about its own body (the body's
 * name, the parties of its närvarolista or header, the number of seats it states).
 */
public enum FactsSource {
    /** The checked document's own statements about its body. */
    @JsonProperty("document")
    DOCUMENT
}
