package se.namndkoll.service.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.namndkoll.rules.json.JsonMergePatch;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.validation.FactValidator;
import se.namndkoll.service.NotFoundException;

/**
 * Reads the JSON of a check request into a valid {@link Case}: resolves {@code committeeId}
 * against the registry (an inline {@code committee} next to it is a JSON Merge Patch over the
 * registered one, as in the YAML test cases), reads the case strictly, validates every constraint
 * of the fact model (sizes included) and requires an evaluation date. Every error is reported, not
 * only the first, each with the JSON Pointer of the field in the request. Nothing here judges the law.
 *
 * <p>The one way a case is resolved: the API ({@code POST /checks}, the comparison), Kafka, and
 * the command line ({@code check} and {@code bulk}, with the bundled committees as their registry)
 * all read cases here, and report the same errors: an {@link InvalidInputException} with an
 * {@link InputError} per value, or a {@link NotFoundException} for a committee nobody knows. No
 * Spring here: the service makes its reader in {@link CheckConfiguration}.
 */
public class CaseReader {

    public static final String COMMITTEE_ID = "committeeId";

    /** Where {@code committeeId} is looked up: the registry in the service, the bundled committees on the command line. */
    @FunctionalInterface
    public interface Committees {

        /** The committee with {@code id}, if any. */
        Optional<Known> find(String id);

        /** A fixed set of committees, not versioned (the command line's bundled committees). */
        static Committees of(Collection<Committee> committees) {
            List<Committee> all = List.copyOf(committees);
            return id -> all.stream().filter(c -> c.id().equals(id)).findFirst().map(c -> new Known(c, null));
        }
    }

    /**
     * A committee known by its id.
     *
     * @param version the registry version, {@code null} when the committees are not versioned
     */
    public record Known(Committee committee, Long version) {
    }

    private final ObjectMapper mapper;
    private final Committees committees;

    public CaseReader(ObjectMapper mapper, Committees committees) {
        this.mapper = mapper;
        this.committees = committees;
    }

    /**
     * @param body the request (or its {@code baseline})
     * @param prefix the pointer of {@code body} in the request ("" or "/baseline")
     */
    public ResolvedCase read(JsonNode body, String prefix) {
        return read(body, prefix, null);
    }

    /**
     * As {@link #read(JsonNode, String)}, judged on {@code evaluationDate} when it is given (the
     * command line's {@code --as-of}, a Kafka request's date header) instead of the case's own.
     */
    public ResolvedCase read(JsonNode body, String prefix, LocalDate evaluationDate) {
        ObjectNode json = object(body, prefix);
        if (evaluationDate != null) {
            json.put("evaluationDate", evaluationDate.toString());
        }
        JsonNode id = json.remove(COMMITTEE_ID);
        String committeeId = null;
        Long committeeVersion = null;
        if (id != null && !id.isNull()) {
            if (!id.isTextual()) {
                throw new InvalidInputException(InputError.at(prefix + "/" + COMMITTEE_ID, "wrong-type", Map.of("expected", "text")));
            }
            Known registered = committees.find(id.textValue())
                    .orElseThrow(() -> new NotFoundException("committee", id.textValue(), prefix + "/" + COMMITTEE_ID));
            JsonNode inline = json.get("committee");
            if (inline != null && !inline.isNull() && !inline.isObject()) {
                throw new InvalidInputException(InputError.at(prefix + "/committee", "wrong-type", Map.of("expected", "object")));
            }
            json.set("committee", JsonMergePatch.apply(mapper.valueToTree(registered.committee()), inline));
            committeeId = registered.committee().id();
            committeeVersion = registered.version();
        }
        Case input = toCase(json, prefix);
        if (committeeId == null && input.committee() != null) {
            committeeId = input.committee().id();
        }
        return new ResolvedCase(input, json, committeeId, committeeVersion);
    }

    /** A what-if variant: {@code patch} (JSON Merge Patch) over the resolved baseline. */
    public ResolvedCase variant(ResolvedCase baseline, JsonNode patch, String prefix) {
        ObjectNode json = (ObjectNode) JsonMergePatch.apply(baseline.json(), object(patch, prefix));
        Case input = toCase(json, prefix);
        Committee committee = input.committee();
        boolean sameCommittee = committee != null && committee.id() != null && committee.id().equals(baseline.committeeId());
        return new ResolvedCase(input, json, committee == null ? null : committee.id(),
                sameCommittee ? baseline.committeeVersion() : null);
    }

    /**
     * A committee sent on its own (a registry {@code PUT}, the command line's {@code --committee
     * FILE.json}), read strictly and validated.
     *
     * @param id the id the committee must have, {@code null} for any
     */
    public Committee committee(JsonNode body, String id) {
        FactReading<Committee> reading = FactReading.read(mapper, object(body, ""), Committee.class, "");
        Committee committee = reading.value();
        List<InputError> errors = new ArrayList<>(reading.errors());
        if (id != null && committee != null && committee.id() != null && !committee.id().equals(id)) {
            errors.add(InputError.at("/id", "id-mismatch", Map.of("id", id)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return committee;
    }

    /** Validates a case made by the service itself (an imported document); errors point into the case. */
    public void validate(Case input) {
        List<InputError> errors = new ArrayList<>(Violations.of(FactValidator.validator().validate(input), ""));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The case, or every error of it: values that cannot be read, broken constraints and a missing evaluation date. */
    private Case toCase(ObjectNode json, String prefix) {
        FactReading<Case> reading = FactReading.read(mapper, json, Case.class, prefix);
        List<InputError> errors = new ArrayList<>(reading.errors());
        Case input = reading.value();
        if (input != null && input.effectiveDate().isEmpty() && !reading.setAside("/evaluationDate")) {
            errors.add(InputError.at(prefix + "/evaluationDate", "evaluation-date-missing", Map.of()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    private static ObjectNode object(JsonNode body, String prefix) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(InputError.at(prefix, "wrong-type", Map.of("expected", "object")));
        }
        return ((ObjectNode) body).deepCopy();
    }
}
