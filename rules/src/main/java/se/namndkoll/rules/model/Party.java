package se.namndkoll.rules.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A party (part) to a cooperation, or any counterparty such as a supplier.
 *
 * @param id stable machine id, unique within a committee ("lulea")
 * @param name official name ("Luleå kommun")
 * @param kind legal form
 * @param organisationNumber organisationsnummer as written ("212000-2742"), optional; checked by DOC-ORGNR
 * @param inhabitants number of inhabitants, optional (cost allocation per inhabitant)
 * @param aliases other names under which documents mention the party ("Luleå", "Luleås kommun")
 */
public record Party(
        @NotBlank @Size(max = Limits.ID) @Pattern(regexp = Limits.ID_PATTERN) String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotNull PartyKind kind,
        @Size(max = 40) String organisationNumber,
        @PositiveOrZero Integer inhabitants,
        @Size(max = 20) List<@NotBlank @Size(max = Limits.NAME) String> aliases) {

    public Party {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Party(String id, String name, PartyKind kind) {
        this(id, name, kind, null, null, List.of());
    }

    /** True for the two kinds that may form a gemensam nämnd. */
    @JsonIgnore
    public boolean isMunicipalityOrRegion() {
        return kind == PartyKind.KOMMUN || kind == PartyKind.REGION;
    }
}
