package se.namndkoll.rules.decisions;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNResult;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.decision.DecisionModels;

/**
 * Evaluates DMN models compiled by Kogito at build time.
 *
 * <p>Every model of the rule set is a pure function of its inputs (decision tables, FEEL and the
 * calendar functions of {@code se.namndkoll.rules.time}), so the results of recent input sets are
 * remembered: the same seat count, the same kind of procurement relation or the same meeting dates
 * come back often, and one evaluation through the DMN runtime costs far more than the rules that
 * use it (docs/performance.md). The memory is bounded ({@value #MAX_REMEMBERED} input sets per
 * model, then it starts over) and can be switched off with {@code -Dnamndkoll.dmn.memo=false}.
 */
public final class DecisionRunner {

    /** Input sets remembered per model before the memory starts over. */
    public static final int MAX_REMEMBERED = 4096;

    private final DecisionModels models;
    private final boolean memo;
    private final Map<DmnModels.Model, DecisionModel> decisionModels = new ConcurrentHashMap<>();
    private final Map<DmnModels.Model, Map<Map<String, Object>, Map<String, Object>>> remembered = new ConcurrentHashMap<>();

    public DecisionRunner(DecisionModels models) {
        this(models, !"false".equals(System.getProperty("namndkoll.dmn.memo")));
    }

    /** @param memo whether to remember the results of recent input sets */
    public DecisionRunner(DecisionModels models, boolean memo) {
        this.models = models;
        this.memo = memo;
    }

    /**
     * Evaluates every decision of {@code model} and returns the results by decision name (read-only).
     *
     * @throws IllegalStateException when the model reports an error: a defect in the model or in
     *     the step that fed it, never a property of the case
     */
    public Map<String, Object> evaluate(DmnModels.Model model, Map<String, Object> inputs) {
        if (!memo) {
            return evaluateNow(model, inputs);
        }
        Map<Map<String, Object>, Map<String, Object>> results = remembered.computeIfAbsent(model, m -> new ConcurrentHashMap<>());
        Map<String, Object> result = results.get(inputs);
        if (result == null) {
            result = evaluateNow(model, inputs);
            if (results.size() >= MAX_REMEMBERED) {
                results.clear();
            }
            results.put(Collections.unmodifiableMap(new HashMap<>(inputs)), result);
        }
        return result;
    }

    private Map<String, Object> evaluateNow(DmnModels.Model model, Map<String, Object> inputs) {
        DecisionModel decisionModel = decisionModels.computeIfAbsent(model, m -> models.getDecisionModel(m.namespace(), m.name()));
        DMNResult result = decisionModel.evaluateAll(decisionModel.newContext(inputs));
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN model " + model.name() + " failed: " + result.getMessages().stream()
                    .map(Object::toString).collect(Collectors.joining("; ")));
        }
        return Collections.unmodifiableMap(result.getDecisionResults().stream()
                .filter(r -> r.getResult() != null)
                .collect(Collectors.toMap(DMNDecisionResult::getDecisionName, DMNDecisionResult::getResult)));
    }

    DecisionModels models() {
        return models;
    }
}
