package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import se.namndkoll.service.SharedSeeds;

/**
 * The packaged service ({@code service/target/namndkoll.jar}) as a process of its own on a free
 * port of 127.0.0.1, so that it can be killed with SIGKILL and its resident memory read from
 * {@code /proc/<pid>/status}.
 */
final class JarProcess implements AutoCloseable {

    final Process process;
    final int port;
    final Http http;
    final Path log;

    private JarProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.http = new Http(port);
        this.log = log;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("namndkoll.jar", "target/namndkoll.jar"));
        return built(jar, Files.isRegularFile(jar), "the packaged jar");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts the jar and waits (up to three minutes) until /actuator/health answers UP. */
    static JarProcess start(Path dataDir, String heap, String... args) throws Exception {
        return start(dataDir, heap, List.of(), args);
    }

    /** As {@link #start(Path, String, String...)}, with more JVM options before {@code -jar}. */
    static JarProcess start(Path dataDir, String heap, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        return startAndWait(new ProcessBuilder(command), freePort(), dataDir, args);
    }

    /**
     * The README's command: the launcher the build writes ({@code service/target/namndkoll}) with its
     * own JVM options, {@code JAVA_OPTS} unset; waits as {@link #start(Path, String, String...)}.
     */
    static JarProcess startLauncher(Path dataDir, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString());
        builder.environment().remove("JAVA_OPTS");
        return startAndWait(builder, freePort(), dataDir, args);
    }

    static Path launcher() {
        Path launcher = Path.of(System.getProperty("namndkoll.launcher", "target/namndkoll"));
        return built(launcher, Files.isExecutable(launcher), "the launcher");
    }

    /**
     * {@code file} when the build made it; otherwise the test is skipped with one printed line, or
     * fails in CI ({@code NAMNDKOLL_CI}), where a missing jar means a broken build, not a partial run.
     */
    private static Path built(Path file, boolean present, String what) {
        if (!present) {
            String line = what + " " + file + " is missing: run after `package` (mvn verify)";
            if (SharedSeeds.required()) {
                throw new AssertionError(line);
            }
            System.out.println("SKIPPED: " + line);
            Assumptions.abort(line);
        }
        return file;
    }

    private static JarProcess startAndWait(ProcessBuilder builder, int port, Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(builder.command());
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1", "--namndkoll.data-dir=" + dataDir,
                "--logging.level.root=WARN"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("namndkoll-jar", ".log");
        Process process = builder.command(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        JarProcess jar = new JarProcess(process, port, log);
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped at start:\n" + tail(log));
            }
            try {
                HttpResponse<byte[]> health = jar.http.get("/actuator/health");
                if (health.statusCode() == 200) {
                    return jar;
                }
            } catch (RuntimeException e) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not start within 3 minutes:\n" + tail(log));
    }

    /** The JVM's command line, as {@code /proc/<pid>/cmdline} gives it (empty where there is no /proc). */
    List<String> commandLine() {
        try {
            return List.of(Files.readString(Path.of("/proc", String.valueOf(pid()), "cmdline"), StandardCharsets.UTF_8)
                    .split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** SIGKILL: no shutdown hook, no drain, no close. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in kB, from /proc/<pid>/status (VmRSS); -1 where there is no /proc. */
    long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(log);
    }

    /** What a command that ran to its end said: its exit status, standard output and standard error. */
    record Run(int status, String stdout, String stderr) {
    }

    /** Starts {@code builder} and waits (at most three minutes) for its end, reading both streams. */
    static Run runToEnd(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
