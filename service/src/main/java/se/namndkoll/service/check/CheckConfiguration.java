package se.namndkoll.service.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.namndkoll.service.registry.CommitteeRegistry;

/** The service's {@link CaseReader}: committees are looked up in the registry, with their version. */
@Configuration(proxyBeanMethods = false)
public class CheckConfiguration {

    @Bean
    CaseReader caseReader(ObjectMapper mapper, CommitteeRegistry registry) {
        return new CaseReader(mapper, id -> registry.find(id).map(r -> new CaseReader.Known(r.committee(), r.version())));
    }
}
