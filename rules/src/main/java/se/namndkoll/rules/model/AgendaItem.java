package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;

/**
 * An item (ärende) of a kallelse/föredragningslista.
 *
 * @param number item number
 * @param title heading
 * @param caseNumber diarienummer ("GNS/13/2019"), optional
 * @param time the time the item is planned for, optional
 * @param presenter föredragande, optional
 * @param description ärendebeskrivning
 * @param proposals the points of förslag till beslut (empty when the item has none)
 * @param decisionItem whether the item asks for a decision; {@code null} when unknown
 * @param distribution "Expedieras till"/"Utdrag till"; {@code null} when the item has no list
 * @param decisionBasis beslutsunderlag
 */
public record AgendaItem(
        @NotNull Integer number,
        @Size(max = Limits.SHORT_TEXT) String title,
        @Size(max = Limits.NAME) String caseNumber,
        LocalTime time,
        @Size(max = Limits.NAME) String presenter,
        @Size(max = Limits.LONG_TEXT) String description,
        @Size(max = Limits.PROPOSALS) List<@NotNull @Valid ProposalPoint> proposals,
        Boolean decisionItem,
        @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.NAME) String> distribution,
        @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.SHORT_TEXT) String> decisionBasis) {

    public AgendaItem {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        distribution = distribution == null ? null : List.copyOf(distribution);
        decisionBasis = decisionBasis == null ? List.of() : List.copyOf(decisionBasis);
    }
}
