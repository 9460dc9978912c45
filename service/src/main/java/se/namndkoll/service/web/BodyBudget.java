package se.namndkoll.service.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many bytes of request bodies the service reads and works on at once. Reading a body costs a
 * multiple of its size in memory (the bytes, the characters, the JSON tree or the document's lines,
 * the fact model), so a few large bodies at the same time can exhaust a small heap even though each
 * one alone is within {@code namndkoll.limits.max-body-bytes}. A request takes its body's size from
 * the budget before its body is read and gives it back when it is answered; when the budget is short
 * it waits, first come first served, and after {@code maxWait} it is refused (503, Retry-After).
 *
 * <p>Counted in KiB; a body weighs at least 1 KiB and at most the whole budget, so that any single
 * request the body limit lets through can always run alone.
 */
public final class BodyBudget {

    /** The default budget: an eighth of the largest heap the JVM may use. */
    public static long defaultBytes() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    private final Semaphore kib;
    private final int totalKib;
    private final Duration maxWait;

    public BodyBudget(long bytes, Duration maxWait) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("the body budget must be at least 1 KiB: " + bytes);
        }
        this.totalKib = (int) Math.min(Integer.MAX_VALUE, bytes / 1024);
        this.kib = new Semaphore(totalKib, true);
        this.maxWait = maxWait;
    }

    /**
     * Takes a body's weight from the budget, waiting up to {@code maxWait}.
     *
     * @param bodyBytes the body's length, or a negative number when it is not known in advance
     *     ({@code unknownBytes} is then counted: the body limit)
     * @return the lease to close when the request is answered, or empty when the budget stayed short
     */
    public Optional<Lease> acquire(long bodyBytes, long unknownBytes) throws InterruptedException {
        int weight = weightKib(bodyBytes >= 0 ? bodyBytes : unknownBytes);
        if (!kib.tryAcquire(weight, maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        return Optional.of(new Lease(weight));
    }

    int weightKib(long bytes) {
        long rounded = bytes <= 0 ? 1 : bytes / 1024 + (bytes % 1024 == 0 ? 0 : 1);
        return (int) Math.min(rounded, totalKib);
    }

    public long totalBytes() {
        return totalKib * 1024L;
    }

    public long availableBytes() {
        return kib.availablePermits() * 1024L;
    }

    public Duration maxWait() {
        return maxWait;
    }

    /** A body's share of the budget, given back once when closed. */
    public final class Lease implements AutoCloseable {

        private final int weight;
        private boolean closed;

        private Lease(int weight) {
            this.weight = weight;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                kib.release(weight);
            }
        }
    }
}
