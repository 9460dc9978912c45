package se.namndkoll.service.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a second instance on the data directory of a running one, before the connection
 * pool or Flyway touch the embedded database: H2 locks its file for the process that opened it, and
 * this opens it once to see whether that lock is free. The refusal is one clear message
 * ({@link DatabaseInUseReporter}), not the pool's stack trace. Nothing happens on
 * PostgreSQL, where any number of instances share the database (docs/deployment.md).
 */
@Component
class EmbeddedDatabaseGuard implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            try (Connection probe = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
                probe.isValid(1);
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    throw new DataDirectoryInUseException(pool.getJdbcUrl(), e);
                }
                // Anything else is the pool's and Flyway's to report, as before.
            }
        }
        return bean;
    }

    /** The embedded database's file is locked by another process. */
    static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(String url, SQLException cause) {
            super("The embedded database " + url + " is open in another process", cause);
        }
    }
}
