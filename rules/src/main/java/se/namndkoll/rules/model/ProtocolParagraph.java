package se.namndkoll.rules.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A paragraph (§) of a protocol.
 *
 * @param number the § number
 * @param title heading
 * @param caseNumber diarienummer/ärendenummer, optional
 * @param decision the recorded decision text; {@code null} when none is recorded
 * @param disqualified persons who declared or were found to have jäv and left the matter
 * @param immediatelyAdjusted whether the § was justerad omedelbart at the meeting
 * @param distribution "Beslutet skickas till"/"Utdrag till" list, optional
 */
public record ProtocolParagraph(
        @NotNull @Positive Integer number,
        @Size(max = Limits.SHORT_TEXT) String title,
        @Size(max = Limits.NAME) String caseNumber,
        @Size(max = Limits.LONG_TEXT) String decision,
        @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.NAME) String> disqualified,
        Boolean immediatelyAdjusted,
        @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.NAME) String> distribution) {

    public ProtocolParagraph {
        disqualified = disqualified == null ? List.of() : List.copyOf(disqualified);
        distribution = distribution == null ? null : List.copyOf(distribution);
    }
}
