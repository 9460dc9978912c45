package se.namndkoll.rules.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The text of a reglemente or samverkansavtal/överenskommelse (a draft or an adopted one) as read:
 * which topics it regulates, for the checklist rules. A topic not in {@code topics} was not found
 * in the text.
 *
 * @param kind reglemente or agreement
 * @param title the document's title as written, optional
 * @param topics the topics found, with their lines
 */
public record GoverningText(
        @NotNull GoverningDocumentKind kind,
        @Size(max = Limits.SHORT_TEXT) String title,
        @Size(max = Limits.LIST) List<@NotNull @Valid RegulatedTopic> topics) {

    public GoverningText {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** Whether the text regulates {@code topic}. */
    @JsonIgnore
    public boolean regulates(RegulationTopic topic) {
        return topics.stream().anyMatch(t -> t.topic() == topic);
    }
}
