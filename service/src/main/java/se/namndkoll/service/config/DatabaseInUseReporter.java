package se.namndkoll.service.config;

import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start that fails because another process has the embedded database open (another Nämndkoll
 * on the same data directory) ends with one line saying so and what to do, not with Spring's
 * report and a stack trace. Any other failure is left to Spring Boot's own reporting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseInUseReporter implements SpringBootExceptionReporter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseInUseReporter.class);

    /** H2's error code for a database file another process holds (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    static final String DATABASE_ALREADY_OPEN = "90020";

    private final ConfigurableApplicationContext context;

    public DatabaseInUseReporter(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean reportException(Throwable failure) {
        if (!databaseInUse(failure)) {
            return false;
        }
        LOG.error(message(context == null ? null : context.getEnvironment().getProperty("namndkoll.data-dir", "./data")));
        return true;
    }

    static String message(String dataDir) {
        String where = dataDir == null ? "the data directory" : Path.of(dataDir).toAbsolutePath().normalize().toString();
        return "Nämndkoll cannot start: its database in " + where + " is in use by another process (is Nämndkoll already running "
                + "there?). Stop that process, or start this one with --namndkoll.data-dir=<another directory>; several instances share "
                + "one PostgreSQL database instead (--spring.profiles.active=postgres, docs/deployment.md).";
    }

    /** Whether {@code failure} was caused by a database file that another process holds. */
    static boolean databaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && DATABASE_ALREADY_OPEN.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
