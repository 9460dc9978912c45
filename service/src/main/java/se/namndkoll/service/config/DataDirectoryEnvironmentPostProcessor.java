package se.namndkoll.service.config;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Offers {@code namndkoll.internal.data-path}: {@code namndkoll.data-dir} as an absolute path, for
 * the embedded database's URL (H2 refuses paths that are implicitly relative to the working
 * directory, "data" rather than "./data"). Computed when read, so a data directory set by any
 * later property source (a test's) is honoured.
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY = "namndkoll.internal.data-path";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new DataPathSource(environment));
    }

    /** The source object is a plain name: Boot descends into sources that are environments. */
    private static final class DataPathSource extends PropertySource<String> {

        private final ConfigurableEnvironment environment;

        DataPathSource(ConfigurableEnvironment environment) {
            super("namndkollDataPath", PROPERTY);
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            String dir = environment.getProperty("namndkoll.data-dir", "./data");
            return Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
        }
    }
}
