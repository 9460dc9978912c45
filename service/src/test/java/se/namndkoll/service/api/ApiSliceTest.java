package se.namndkoll.service.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.namndkoll.service.evaluation.EvaluationStore;
import se.namndkoll.service.registry.CommitteeStore;

/**
 * A web slice: every controller, the error handling, the API-key filter, the use cases and the real
 * rule engine, with the two database stores mocked. All test classes with this annotation share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = {"namndkoll.limits.max-body-bytes=100KB", "namndkoll.limits.max-in-flight-body-bytes=1MB",
        "namndkoll.limits.max-body-wait=200ms"})
@Import(ApiSliceConfiguration.class)
@MockitoBean(types = {CommitteeStore.class, EvaluationStore.class})
@interface ApiSliceTest {
}
