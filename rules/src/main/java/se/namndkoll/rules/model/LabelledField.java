package se.namndkoll.rules.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A labelled field of a document form ("Tid och plats för justering", "Datum när anslaget sätts
 * upp") and its value as written; a blank value means the field was left empty.
 *
 * @param label the label as written
 * @param value the value, {@code null} or blank when left empty
 * @param line the line number of the label, optional
 */
public record LabelledField(
        @NotBlank @Size(max = Limits.NAME) String label,
        @Size(max = Limits.SHORT_TEXT) String value,
        @Positive Integer line) {

    @JsonIgnore
    public boolean isBlank() {
        return value == null || value.isBlank();
    }
}
