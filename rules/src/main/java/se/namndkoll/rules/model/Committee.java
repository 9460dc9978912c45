package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A cooperation arrangement: a gemensam nämnd, a kommunalförbund, a contract or a company, with its
 * parties, seats, officers and the effective-dated terms of its reglemente and agreement.
 *
 * @param id stable id ("e-namnden-norrbotten")
 * @param name official name
 * @param aliases other names documents use ("E-nämnden", "Norrbottens e-nämnd")
 * @param form legal form
 * @param hostPartyId the host party (värdkommun/värdregion) of a gemensam nämnd; for a kommunalförbund,
 *     the member in whose territory it has its säte (KL 9 kap. 6 § 1), when that is a member
 * @param parties the cooperating parties (for a kommunalförbund: its members)
 * @param seats seats in the decision-making body; {@code null} when not known (a seat whose party is
 *     not known has no {@code partyId})
 * @param chair ordförande, optional
 * @param viceChair vice ordförande, optional
 * @param terms effective-dated terms of reglemente and agreement
 * @param documents the governing documents and who adopted them
 * @param meetingPlans adopted yearly meeting plans
 * @param assembly a kommunalförbund's beslutande församling (förbundsfullmäktige or direktion), optional
 */
@UniqueParties
public record Committee(
        @NotBlank @Size(max = Limits.ID) @Pattern(regexp = Limits.ID_PATTERN) String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = 20) List<@NotBlank @Size(max = Limits.NAME) String> aliases,
        @NotNull CooperationForm form,
        @Size(max = Limits.ID) String hostPartyId,
        @NotEmpty @Size(max = Limits.PARTIES) List<@NotNull @Valid Party> parties,
        @Size(max = Limits.SEATS) List<@NotNull @Valid Seat> seats,
        @Valid Officer chair,
        @Valid Officer viceChair,
        @Size(max = Limits.VERSIONS) List<@NotNull @Valid TermsVersion> terms,
        @Size(max = Limits.VERSIONS) List<@NotNull @Valid GoverningDocument> documents,
        @Size(max = Limits.VERSIONS) List<@NotNull @Valid MeetingPlan> meetingPlans,
        FederationAssembly assembly) {

    public Committee {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        parties = parties == null ? List.of() : List.copyOf(parties);
        seats = seats == null ? null : List.copyOf(seats);
        terms = terms == null ? List.of() : List.copyOf(terms);
        documents = documents == null ? null : List.copyOf(documents);
        meetingPlans = meetingPlans == null ? null : List.copyOf(meetingPlans);
    }

    /** A committee without a stated beslutande församling. */
    public Committee(String id, String name, List<String> aliases, CooperationForm form, String hostPartyId, List<Party> parties,
            List<Seat> seats, Officer chair, Officer viceChair, List<TermsVersion> terms, List<GoverningDocument> documents,
            List<MeetingPlan> meetingPlans) {
        this(id, name, aliases, form, hostPartyId, parties, seats, chair, viceChair, terms, documents, meetingPlans, null);
    }

    /** The terms in force on {@code date}; the latest-starting version wins on overlap. */
    public Optional<TermsVersion> termsOn(LocalDate date) {
        return terms.stream()
                .filter(t -> t.appliesOn(date))
                .max(Comparator.comparing(TermsVersion::validFrom));
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }
}
