package se.namndkoll.service.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import se.namndkoll.service.config.NamndkollProperties;

/**
 * The decision log's writer. A check hands its entry to {@link #submit} and goes on: the entry waits
 * in a bounded queue and one worker thread writes the queue to the database in batches.
 *
 * <p>Guarantees: an entry accepted into the queue is written unless the process dies abruptly
 * (kill -9, power loss) or the database refuses it three times (then it is counted as failed and
 * logged). On an orderly shutdown this component stops after the web server has stopped taking
 * requests and before the database pool closes, and waits up to
 * {@code namndkoll.evaluations.shutdown-timeout} for the queue to drain. When the queue is full
 * (the database has fallen far behind) a new entry is dropped, counted
 * ({@code namndkoll.evaluations.dropped}) and logged: the log never slows or fails a check.
 */
@Component
public class EvaluationLog implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationLog.class);
    private static final int BATCH = 200;
    private static final int ATTEMPTS = 3;

    private final EvaluationStore store;
    private final BlockingQueue<EvaluationRecord> queue;
    private final Duration shutdownTimeout;
    private final boolean enabled;
    private final AtomicLong pending = new AtomicLong();
    private final Counter written;
    private final Counter dropped;
    private final Counter failed;
    private volatile boolean running;
    private volatile Thread worker;

    public EvaluationLog(EvaluationStore store, NamndkollProperties properties, MeterRegistry meters) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, properties.evaluations().queueCapacity()));
        this.shutdownTimeout = properties.evaluations().shutdownTimeout();
        this.enabled = properties.evaluations().enabled();
        this.written = Counter.builder("namndkoll.evaluations.written").description("Decision-log entries written").register(meters);
        this.dropped = Counter.builder("namndkoll.evaluations.dropped")
                .description("Decision-log entries dropped because the queue was full").register(meters);
        this.failed = Counter.builder("namndkoll.evaluations.failed")
                .description("Decision-log entries the database refused").register(meters);
        Gauge.builder("namndkoll.evaluations.queued", queue, BlockingQueue::size)
                .description("Decision-log entries waiting to be written").register(meters);
    }

    /**
     * Whether checks are recorded ({@code namndkoll.evaluations.enabled}, on unless switched off to
     * measure what the log costs).
     */
    public boolean enabled() {
        return enabled;
    }

    /** Queues an entry; never blocks. Returns false when it was dropped. */
    public boolean submit(EvaluationRecord record) {
        if (!running) {
            // Before start or after stop (no web traffic then): write it directly.
            pending.incrementAndGet();
            write(List.of(record));
            return true;
        }
        pending.incrementAndGet();
        if (queue.offer(record)) {
            return true;
        }
        pending.decrementAndGet();
        dropped.increment();
        LOG.error("Decision log queue full ({} entries): evaluation {} was not recorded", queue.size(), record.id());
        return false;
    }

    /** Waits until every entry submitted so far is written (or failed); false on timeout. For tests and tools. */
    public boolean flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public int queued() {
        return queue.size();
    }

    public long writtenCount() {
        return (long) written.count();
    }

    public long droppedCount() {
        return (long) dropped.count();
    }

    public long failedCount() {
        return (long) failed.count();
    }

    public boolean workerAlive() {
        Thread t = worker;
        return t != null && t.isAlive();
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::drain, "decision-log-writer");
        t.setDaemon(false);
        worker = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t == null) {
            return;
        }
        try {
            t.join(shutdownTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.error("Decision log: {} entries still queued after {}; they are lost", queue.size(), shutdownTimeout);
            t.interrupt();
        } else {
            LOG.info("Decision log drained: {} entries written in all", writtenCount());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops in a higher phase) and before the database closes. */
    @Override
    public int getPhase() {
        return 0;
    }

    private void drain() {
        List<EvaluationRecord> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                EvaluationRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(List.copyOf(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Decision log writer error", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<EvaluationRecord> batch) {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    store.insertAll(batch);
                    written.increment(batch.size());
                    return;
                } catch (RuntimeException e) {
                    if (attempt == ATTEMPTS) {
                        failed.increment(batch.size());
                        LOG.error("Decision log: {} entries could not be written and are lost ({})", batch.size(),
                                e.getClass().getSimpleName(), e);
                        return;
                    }
                    sleep(200L * attempt);
                }
            }
        } finally {
            pending.addAndGet(-batch.size());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
