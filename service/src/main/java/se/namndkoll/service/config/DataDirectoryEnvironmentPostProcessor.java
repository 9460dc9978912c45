package se.namndkoll.service.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code namndkoll.data-dir} into an absolute path for the embedded database's URL: H2
 * refuses paths that are implicitly relative to the working directory ("data" rather than "./data").
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY = "namndkoll.internal.data-path";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty("namndkoll.data-dir", "./data");
        String absolute = Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
        environment.getPropertySources().addLast(new MapPropertySource("namndkollDataPath", Map.of(PROPERTY, absolute)));
    }
}
