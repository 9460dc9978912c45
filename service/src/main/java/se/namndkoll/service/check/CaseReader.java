package se.namndkoll.service.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.namndkoll.rules.json.JsonMergePatch;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.validation.FactValidator;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.registry.CommitteeRegistry;
import se.namndkoll.service.registry.RegisteredCommittee;

/**
 * Reads the JSON of a check request into a valid {@link Case}: resolves {@code committeeId}
 * against the registry (an inline {@code committee} next to it is a JSON Merge Patch over the
 * registered one, as in the YAML test cases), reads the case strictly, validates every constraint
 * of the fact model (sizes included) and requires an evaluation date. Every error is reported, not
 * only the first, each with the JSON Pointer of the field in the request. Nothing here judges the law.
 */
@Component
public class CaseReader {

    public static final String COMMITTEE_ID = "committeeId";

    private final ObjectMapper mapper;
    private final CommitteeRegistry registry;

    public CaseReader(ObjectMapper mapper, CommitteeRegistry registry) {
        this.mapper = mapper;
        this.registry = registry;
    }

    /**
     * @param body the request (or its {@code baseline})
     * @param prefix the pointer of {@code body} in the request ("" or "/baseline")
     */
    public ResolvedCase read(JsonNode body, String prefix) {
        ObjectNode json = object(body, prefix);
        JsonNode id = json.remove(COMMITTEE_ID);
        String committeeId = null;
        Long committeeVersion = null;
        if (id != null && !id.isNull()) {
            if (!id.isTextual()) {
                throw new InvalidInputException(InputError.at(prefix + "/" + COMMITTEE_ID, "wrong-type", Map.of("expected", "text")));
            }
            RegisteredCommittee registered = registry.find(id.textValue())
                    .orElseThrow(() -> new NotFoundException("committee", id.textValue(), prefix + "/" + COMMITTEE_ID));
            JsonNode inline = json.get("committee");
            if (inline != null && !inline.isNull() && !inline.isObject()) {
                throw new InvalidInputException(InputError.at(prefix + "/committee", "wrong-type", Map.of("expected", "object")));
            }
            json.set("committee", JsonMergePatch.apply(mapper.valueToTree(registered.committee()), inline));
            committeeId = registered.id();
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
