package se.namndkoll.service.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.namndkoll.service.check.CheckConfiguration;
import se.namndkoll.service.check.CheckService;
import se.namndkoll.service.check.CompareService;
import se.namndkoll.service.check.DocumentCheckService;
import se.namndkoll.service.check.RuleCatalogueService;
import se.namndkoll.service.check.RuleExamplesService;
import se.namndkoll.service.config.EngineConfiguration;
import se.namndkoll.service.config.JsonConfiguration;
import se.namndkoll.service.config.WebConfiguration;
import se.namndkoll.service.draft.CommitteeDraftService;
import se.namndkoll.service.evaluation.EvaluationLog;
import se.namndkoll.service.evaluation.EvaluationService;
import se.namndkoll.service.registry.CommitteeRegistry;
import se.namndkoll.service.security.CallerConfiguration;

/** What the web slice needs besides the controllers: the use cases and the engine, not the database. */
@TestConfiguration(proxyBeanMethods = false)
@Import({JsonConfiguration.class, WebConfiguration.class, EngineConfiguration.class, Problems.class, ProblemTexts.class,
        ReportMapper.class, CheckConfiguration.class, CallerConfiguration.class, CheckService.class, CommitteeDraftService.class, CompareService.class, DocumentCheckService.class, CommitteeDraftService.class,
        RuleCatalogueService.class, RuleExamplesService.class, CommitteeRegistry.class, EvaluationLog.class, EvaluationService.class})
class ApiSliceConfiguration {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** Overrides the system clock: "today" is fixed in slices. */
    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    }
}
