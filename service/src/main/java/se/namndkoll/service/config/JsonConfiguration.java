package se.namndkoll.service.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import se.namndkoll.rules.json.RulesJson;

/**
 * The API reads and writes JSON exactly as the engine does ({@link RulesJson}): ISO dates, unknown
 * properties and type coercion rejected, bounded nesting. Boot's own Jackson defaults back off.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    @Primary
    ObjectMapper objectMapper() {
        // ProblemDetail's extra properties ("errors", "errorId") go at the top level, as RFC 9457 wants.
        return RulesJson.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }
}
