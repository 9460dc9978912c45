package se.namndkoll.service.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
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
    ObjectMapper objectMapper(NamndkollProperties properties) {
        // ProblemDetail's extra properties ("errors", "errorId") go at the top level, as RFC 9457 wants.
        ObjectMapper mapper = RulesJson.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
        return limitTokens(mapper, properties.limits().maxJsonTokens());
    }

    /**
     * Adds a bound on the number of tokens to the fact model's read constraints: a 10 MB body of a
     * million empty objects is refused while it is parsed, not after a tree of a million nodes and
     * a million records have been built and validated.
     */
    public static ObjectMapper limitTokens(ObjectMapper mapper, long maxTokens) {
        StreamReadConstraints current = mapper.getFactory().streamReadConstraints();
        mapper.getFactory().setStreamReadConstraints(current.rebuild().maxTokenCount(maxTokens).build());
        return mapper;
    }
}
