package se.namndkoll.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseInUseReporterTest {

    @Test
    void aDatabaseFileHeldByAnotherProcessIsReportedInOneLineAndOtherFailuresAreLeftToSpringBoot() {
        Exception inUse = new IllegalStateException("Error creating bean 'flywayInitializer'",
                new RuntimeException("Unable to obtain connection", new SQLException("Database may be already in use", "90020", 90020)));
        DatabaseInUseReporter reporter = new DatabaseInUseReporter(null);
        assertThat(reporter.reportException(inUse)).isTrue();
        assertThat(reporter.reportException(new IllegalStateException("x", new SQLException("syntax", "42000")))).isFalse();
        assertThat(reporter.reportException(new IllegalStateException("port in use"))).isFalse();

        String message = DatabaseInUseReporter.message("./data");
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains("in use by another process").contains("--namndkoll.data-dir=").contains("/data");
    }
}
