package se.namndkoll.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import se.namndkoll.service.config.NamndkollProperties;

class EvaluationLogTest {

    private final EvaluationStore store = mock(EvaluationStore.class);
    private final List<EvaluationRecord> written = new CopyOnWriteArrayList<>();

    private EvaluationLog log(int capacity) {
        doAnswer(i -> {
            written.addAll(i.getArgument(0));
            return null;
        }).when(store).insertAll(anyList());
        NamndkollProperties properties = new NamndkollProperties(Path.of("."), ZoneId.of("Europe/Stockholm"),
                new NamndkollProperties.Limits(DataSize.ofMegabytes(1)), new NamndkollProperties.Security(Map.of(), true, true),
                new NamndkollProperties.Evaluations(365, "0 30 3 * * *", capacity, Duration.ofSeconds(10)));
        return new EvaluationLog(store, properties, new SimpleMeterRegistry());
    }

    private static EvaluationRecord record() {
        return new EvaluationRecord(UUID.randomUUID(), Instant.now(), "CHECK", null, "anonymous", null, null, LocalDate.of(2020, 3, 11),
                "0".repeat(64), "v", "PASS", 0, "[]");
    }

    @Test
    void everyQueuedEntryIsWrittenWhenTheServiceStops() {
        EvaluationLog log = log(10_000);
        log.start();
        for (int i = 0; i < 1_000; i++) {
            assertThat(log.submit(record())).isTrue();
        }
        log.stop();
        assertThat(written).hasSize(1_000);
        assertThat(log.writtenCount()).isEqualTo(1_000);
        assertThat(log.isRunning()).isFalse();
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlockingTheCheck() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(i -> {
            release.await(5, TimeUnit.SECONDS);
            written.addAll(i.getArgument(0));
            return null;
        }).when(store).insertAll(anyList());
        NamndkollProperties properties = new NamndkollProperties(Path.of("."), ZoneId.of("Europe/Stockholm"),
                new NamndkollProperties.Limits(DataSize.ofMegabytes(1)), new NamndkollProperties.Security(Map.of(), true, true),
                new NamndkollProperties.Evaluations(365, "0 30 3 * * *", 2, Duration.ofSeconds(10)));
        EvaluationLog log = new EvaluationLog(store, properties, new SimpleMeterRegistry());
        log.start();
        log.submit(record()); // taken by the worker, which then blocks in the store
        Thread.sleep(300);
        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < 10; i++) {
            accepted += log.submit(record()) ? 1 : 0;
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(accepted).isEqualTo(2);
        assertThat(log.droppedCount()).isEqualTo(8);
        release.countDown();
        log.stop();
        assertThat(written).hasSize(3);
    }

    @Test
    void aFailingDatabaseIsRetriedThenCounted() {
        doThrow(new org.springframework.dao.DataAccessResourceFailureException("down")).when(store).insertAll(anyList());
        EvaluationLog log = log0();
        log.start();
        log.submit(record());
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
        log.stop();
        assertThat(log.failedCount()).isEqualTo(1);
    }

    private EvaluationLog log0() {
        NamndkollProperties properties = new NamndkollProperties(Path.of("."), ZoneId.of("Europe/Stockholm"),
                new NamndkollProperties.Limits(DataSize.ofMegabytes(1)), new NamndkollProperties.Security(Map.of(), true, true),
                new NamndkollProperties.Evaluations(365, "0 30 3 * * *", 10, Duration.ofSeconds(10)));
        return new EvaluationLog(store, properties, new SimpleMeterRegistry());
    }

    @Test
    void anEntryAfterStopIsWrittenDirectly() {
        EvaluationLog log = log(10);
        log.start();
        log.stop();
        log.submit(record());
        assertThat(written).hasSize(1);
    }
}
