package se.namndkoll.service.config;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import se.namndkoll.rules.RuleEngine;

/** {@code /actuator/info}: the rule set's version and size (the build comes from build-info). */
@Component
public class RuleSetInfoContributor implements InfoContributor {

    private final RuleEngine engine;

    public RuleSetInfoContributor(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("ruleSet", Map.of("version", engine.ruleSetVersion(), "rules", engine.catalogue().rules().size()));
    }
}
