package se.namndkoll.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop HTTP load generator at a fixed rate, for measurement 4 of issue #7.
 *
 * <p>Why not wrk alone: wrk has no fixed-rate mode, and pacing it with a Lua {@code delay()} makes a
 * closed loop whose rate falls when the server slows down, so the latency it reports leaves out the
 * time requests would have waited (coordinated omission). Here a pacer thread schedules request i at
 * {@code start + i / rate}; a pool of connection threads with keep-alive sockets takes the due
 * requests; each latency is measured from the request's scheduled time to the last byte of its
 * answer, so queueing in the generator or the server counts. Requests that are still unsent when the
 * run ends count as late (not dropped silently).
 *
 * <p>Bounded: only loopback addresses are accepted, the run lasts the given seconds (at most 120)
 * and sends at most rate × seconds requests, then stops by itself.
 *
 * <p>Usage: {@code FixedRateLoad URL BODY_FILE CONTENT_TYPE RATE SECONDS CONNECTIONS [WARMUP_SECONDS]}
 * prints one line: target and achieved rate, error count, and latency percentiles in ms.
 */
public final class FixedRateLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: FixedRateLoad URL BODY_FILE CONTENT_TYPE RATE SECONDS CONNECTIONS [WARMUP_SECONDS]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        InetAddress address = InetAddress.getByName(uri.getHost());
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("Load is only ever sent to this machine (loopback): " + uri.getHost());
        }
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String contentType = args[2];
        int rate = Integer.parseInt(args[3]);
        int seconds = Math.min(120, Integer.parseInt(args[4]));
        int connections = Integer.parseInt(args[5]);
        int warmup = args.length > 6 ? Math.min(60, Integer.parseInt(args[6])) : 5;
        byte[] head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        InetSocketAddress target = new InetSocketAddress(address, uri.getPort());

        if (warmup > 0) {
            run(target, head, body, rate, warmup, connections);
        }
        Result r = run(target, head, body, rate, seconds, connections);
        System.out.println(r.describe(rate, seconds));
        String csv = System.getenv("LOAD_CSV");
        if (csv != null && !csv.isBlank()) {
            String label = System.getenv().getOrDefault("LOAD_LABEL", uri.getPath());
            Files.writeString(Path.of(csv), r.csv(label, rate) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private record Result(long[] latenciesNanos, int completed, long errors, long unsent, long elapsedNanos) {
        String describe(int rate, int seconds) {
            long[] l = Arrays.copyOf(latenciesNanos, completed);
            Arrays.sort(l);
            return String.format(Locale.ROOT,
                    "target %d/s for %d s: achieved %.0f/s, %d ok, %d errors, %d late (unsent); latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f",
                    rate, seconds, completed / (elapsedNanos / 1e9), completed, errors, unsent,
                    pct(l, 50), pct(l, 90), pct(l, 99), pct(l, 99.9), l.length == 0 ? Double.NaN : l[l.length - 1] / 1e6);
        }

        /** label,target,achieved,ok,errors,late,p50,p90,p99,p99.9,max (ms) */
        String csv(String label, int rate) {
            long[] l = Arrays.copyOf(latenciesNanos, completed);
            Arrays.sort(l);
            return String.format(Locale.ROOT, "%s,%d,%.1f,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f", label, rate, completed / (elapsedNanos / 1e9),
                    completed, errors, unsent, pct(l, 50), pct(l, 90), pct(l, 99), pct(l, 99.9), l.length == 0 ? Double.NaN : l[l.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static Result run(InetSocketAddress target, byte[] head, byte[] body, int rate, int seconds, int connections)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicLong completed = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        BlockingQueue<Long> due = new ArrayBlockingQueue<>(total);
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> work(target, head, body, due, end, latencies, completed, errors), "load-" + c);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        double interval = 1e9 / rate;
        for (int i = 0; i < total; i++) {
            long at = start + (long) (i * interval);
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due.add(at);
        }
        for (Thread t : workers) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000L + 2_000));
        }
        long unsent = due.size();
        int done = (int) Math.min(total, completed.get());
        return new Result(latencies, done, errors.get(), unsent, Math.max(1, System.nanoTime() - start));
    }

    private static void work(InetSocketAddress target, byte[] head, byte[] body, BlockingQueue<Long> due, long end, long[] latencies,
            AtomicLong completed, AtomicLong errors) {
        Socket socket = null;
        InputStream in = null;
        byte[] buffer = new byte[64 * 1024];
        while (System.nanoTime() < end + 1_000_000_000L) {
            Long scheduled;
            try {
                scheduled = due.poll(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (scheduled == null) {
                if (System.nanoTime() > end) {
                    break;
                }
                continue;
            }
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(target, 2_000);
                    socket.setSoTimeout(10_000);
                    in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
                }
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                int status = readResponse(in, buffer);
                long latency = System.nanoTime() - scheduled;
                if (status / 100 != 2) {
                    errors.incrementAndGet();
                } else {
                    long index = completed.getAndIncrement();
                    if (index < latencies.length) {
                        latencies[(int) index] = latency;
                    }
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                closeQuietly(socket);
                socket = null;
            }
        }
        closeQuietly(socket);
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked) and returns its status. */
    private static int readResponse(InputStream in, byte[] buffer) throws IOException {
        StringBuilder headers = new StringBuilder();
        int prev3 = 0;
        int prev2 = 0;
        int prev1 = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            headers.append((char) b);
            if (prev3 == '\r' && prev2 == '\n' && prev1 == '\r' && b == '\n') {
                break;
            }
            prev3 = prev2;
            prev2 = prev1;
            prev1 = b;
        }
        String h = headers.toString();
        int status = Integer.parseInt(h.substring(9, 12));
        String lower = h.toLowerCase(Locale.ROOT);
        int cl = lower.indexOf("content-length:");
        if (cl >= 0) {
            int eol = lower.indexOf('\r', cl);
            long length = Long.parseLong(lower.substring(cl + 15, eol).trim());
            skip(in, length, buffer);
        } else if (lower.contains("transfer-encoding: chunked")) {
            while (true) {
                String sizeLine = line(in);
                int semicolon = sizeLine.indexOf(';');
                long size = Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
                if (size == 0) {
                    line(in);
                    break;
                }
                skip(in, size, buffer);
                line(in);
            }
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    private static void skip(InputStream in, long length, byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("connection closed in body");
            }
            left -= n;
        }
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
