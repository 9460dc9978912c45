package se.namndkoll.rules.decisions;

import java.util.Map;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNResult;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.decision.DecisionModels;

/** Evaluates DMN models compiled by Kogito at build time. */
public final class DecisionRunner {

    private final DecisionModels models;

    public DecisionRunner(DecisionModels models) {
        this.models = models;
    }

    /**
     * Evaluates every decision of {@code model} and returns the results by decision name.
     *
     * @throws IllegalStateException when the model reports an error: a defect in the model or in
     *     the step that fed it, never a property of the case
     */
    public Map<String, Object> evaluate(DmnModels.Model model, Map<String, Object> inputs) {
        DecisionModel decisionModel = models.getDecisionModel(model.namespace(), model.name());
        DMNResult result = decisionModel.evaluateAll(decisionModel.newContext(inputs));
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN model " + model.name() + " failed: " + result.getMessages().stream()
                    .map(Object::toString).collect(Collectors.joining("; ")));
        }
        return result.getDecisionResults().stream()
                .filter(r -> r.getResult() != null)
                .collect(Collectors.toMap(DMNDecisionResult::getDecisionName, DMNDecisionResult::getResult));
    }

    DecisionModels models() {
        return models;
    }
}
