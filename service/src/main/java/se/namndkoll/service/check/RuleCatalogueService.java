package se.namndkoll.service.check;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.report.RuleDescriptor;
import se.namndkoll.service.NotFoundException;

/** The rule catalogue, as read from the compiled rule set. */
@Service
public class RuleCatalogueService {

    private final RuleEngine engine;

    public RuleCatalogueService(RuleEngine engine) {
        this.engine = engine;
    }

    public List<RuleDescriptor> all() {
        return engine.catalogue().rules();
    }

    public RuleDescriptor get(String id) {
        return engine.catalogue().find(id).orElseThrow(() -> new NotFoundException("rule", id));
    }

    /** The rule's title in the language asked for (Swedish unless English). */
    public String title(String ruleId, Locale locale, String swedishTitle) {
        if (!"en".equals(locale.getLanguage())) {
            return swedishTitle;
        }
        return engine.catalogue().find(ruleId).map(RuleDescriptor::titleEn).orElse(swedishTitle);
    }

    public String ruleSetVersion() {
        return engine.ruleSetVersion();
    }
}
