package se.namndkoll.service.config;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A second instance started on the data directory of a running one: the embedded database (H2)
 * holds a lock on its file ({@link EmbeddedDatabaseGuard} finds it taken), and the second instance
 * is refused at start with this message instead of H2's exception and a stack trace. Replicas share a PostgreSQL database, never a data directory
 * (docs/deployment.md).
 */
public class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {
    // Finds H2's "database already open" anywhere in the cause chain (the guard's exception, or the pool's).

    private final Environment environment;

    public DataDirectoryInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return null;
        }
        String dir = environment.getProperty(DataDirectoryEnvironmentPostProcessor.PROPERTY, "the data directory");
        return new FailureAnalysis(
                "The data directory " + dir + " is in use by another Nämndkoll instance: its embedded database is open"
                        + " there, and one embedded database serves one instance only.",
                "Stop the other instance, or give this one a data directory of its own (--namndkoll.data-dir=...). To run"
                        + " several instances on the same data, run them on one PostgreSQL database (--spring.profiles.active=postgres,"
                        + " docs/deployment.md).",
                cause);
    }
}
