package se.namndkoll.service.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a committed registry write durable against a crash of the process before it is
 * acknowledged, on the embedded database too. PostgreSQL has a commit in its log when the commit
 * returns. H2 keeps committed changes in memory and its background thread writes them to the file
 * within {@code WRITE_DELAY} (500 ms): a {@code kill -9} in between loses acknowledged writes.
 * <p>
 * Two H2 settings looked like fixes and are not: {@code WRITE_DELAY=0} stores every commit at once
 * but also stops the background thread, and with it the reuse of the file's free space: under load
 * the file grew by a gigabyte in two and a half minutes. {@code CHECKPOINT} after the commit lost
 * the whole database on a halt in a test of H2 2.3.232. So the background thread stays on, and after
 * a registry transaction commits this asks H2's store to write what is committed now
 * ({@code MVStore.commit()}, H2's own API behind the JDBC connection). Registry writes are rare;
 * the decision log does not ask (its entries are written asynchronously by design, see
 * docs/reliability.md).
 */
@Component
public class DatabaseDurability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDurability.class);

    private final DataSource dataSource;
    private final boolean embedded;

    public DatabaseDurability(DataSource dataSource) {
        this.dataSource = dataSource;
        this.embedded = isEmbeddedH2(dataSource);
    }

    private static boolean isEmbeddedH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    /**
     * On the embedded database: once the current transaction has committed (or now, outside one),
     * writes what is committed to the database file. Nothing on PostgreSQL.
     */
    public void storeAfterCommit() {
        if (!embedded) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    store();
                }
            });
        } else {
            store();
        }
    }

    private void store() {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            session.getDatabase().getStore().getMvStore().commit();
        } catch (SQLException | RuntimeException e) {
            // The write itself is committed; it reaches the file with H2's next background write.
            LOG.warn("The embedded database could not store a commit at once: {}", e.getMessage());
        }
    }
}
