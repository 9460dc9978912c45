package se.namndkoll.service.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock: "today" for documents without a date, and the decision log's times. Tests fix it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(NamndkollProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
