package se.namndkoll.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModels;
import se.namndkoll.rules.decisions.DecisionRunner;
import se.namndkoll.rules.decisions.DmnModels;

/**
 * The LOU in-house/horizontal model (lou-03-intern-upphandling.dmn, the file in the rules jar) on
 * our DMN runtime (Kogito's build-time model through {@link DecisionRunner}, as the engine calls it)
 * and on the Camunda DMN engine, with the same inputs. Both give every decision's outcome and reason.
 */
public final class LouDmn {

    public static final String RESOURCE = "se/namndkoll/rules/lou/lou-03-intern-upphandling.dmn";

    /** Input sets: a party buying from its gemensam nämnd, a company with private capital, a horizontal cooperation, unknowns. */
    public static List<Map<String, Object>> inputs() {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(in("JOINT_COMMITTEE", true, 14, true, true, false, null, null, null, null, null, null, null));
        for (Boolean host : new Boolean[] {true, false}) {
            Map<String, Object> m = in("JOINT_COMMITTEE", true, 14, true, true, false, null, null, null, null, null, null, null);
            m.put("buyerIsHost", host);
            all.add(m);
        }
        all.add(in("OWN_ADMINISTRATION", null, null, null, null, null, null, null, null, null, null, null, null));
        all.add(in("COMPANY", true, 3, true, true, false, "0.75", "TURNOVER_THREE_YEAR_AVERAGE", true, null, null, null, null));
        all.add(in("AUTHORITY", null, null, null, null, null, null, null, null, true, true, true, "0.25"));
        all.add(in("KOMMUNALFORBUND", false, 5, null, null, null, "0.8", "OTHER_PERIOD", null, null, null, null, "0.2"));
        all.add(in("PRIVATE", null, null, null, null, null, null, null, null, false, null, false, null));
        return all;
    }

    private static Map<String, Object> in(String supplierForm, Boolean member, Integer count, Boolean represented, Boolean influence,
            Boolean contrary, String share, String measure, Boolean privateCapital, Boolean authoritiesOnly, Boolean common,
            Boolean publicInterest, String openMarket) {
        Map<String, Object> m = new HashMap<>();
        m.put("supplierForm", supplierForm);
        m.put("buyerIsMember", member);
        m.put("buyerIsHost", null);
        m.put("controllerCount", count == null ? null : BigDecimal.valueOf(count));
        m.put("controllersInDecisionBodies", represented);
        m.put("jointDecisiveInfluence", influence);
        m.put("contraryInterests", contrary);
        m.put("activityShareForControllers", share == null ? null : new BigDecimal(share));
        m.put("activityMeasure", measure);
        m.put("privateCapital", privateCapital);
        m.put("authoritiesOnly", authoritiesOnly);
        m.put("commonObjectives", common);
        m.put("publicInterestOnly", publicInterest);
        m.put("openMarketShare", openMarket == null ? null : new BigDecimal(openMarket));
        return m;
    }

    /** Our runtime: the model Kogito compiled at build time, evaluated as the engine's decision step does. */
    public static final class Ours {
        private final DecisionRunner runner;

        /** Every evaluation through the DMN runtime (the engine's remembered results switched off). */
        public Ours() {
            this(false);
        }

        /** @param remember whether to use the engine's memory of recent input sets, as checks do */
        public Ours(boolean remember) {
            try {
                Application app = (Application) Class.forName("org.kie.kogito.app.Application").getDeclaredConstructor().newInstance();
                runner = new DecisionRunner(app.get(DecisionModels.class), remember);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Decision name → {outcome, reason}. */
        public Map<String, Object> evaluate(Map<String, Object> inputs) {
            return runner.evaluate(DmnModels.LOU_EXEMPTIONS, inputs);
        }
    }

    /** The Camunda DMN engine on the same file: every decision of the file, as ours evaluates every decision. */
    public static final class Camunda {
        private final DmnEngine engine;
        private final List<DmnDecision> decisions;

        public Camunda() {
            engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
            try (InputStream in = LouDmn.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + RESOURCE);
                }
                decisions = engine.parseDecisions(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Decision name → {outcome, reason}. */
        public Map<String, Object> evaluate(Map<String, Object> inputs) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (DmnDecision d : decisions) {
                DmnDecisionResult result = engine.evaluateDecision(d, inputs);
                if (!result.isEmpty()) {
                    Map<String, Object> entries = result.getSingleResult().getEntryMap();
                    // a table with one unnamed output gives its value, as ours does; a null value is no result
                    Object value = entries.size() == 1 ? entries.values().iterator().next() : entries;
                    if (value != null) {
                        out.put(d.getName(), value);
                    }
                }
            }
            return out;
        }
    }
}
