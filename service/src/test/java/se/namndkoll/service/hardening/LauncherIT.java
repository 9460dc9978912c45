package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command, {@code service/target/namndkoll}: the launcher the build writes starts the
 * extracted jar with the build's class-data-sharing archive and the JVM options of docs/performance.md
 * (issue 21), as the service and as the command line. The figures (start against a bare Spring Boot
 * application, the command against "hello world") are measured by {@code bench/load/ratios.sh}, not
 * here; what is tested is that the fast path is the one taken, and that it answers as the jar does.
 */
class LauncherIT {

    @Test
    void theServiceStartsWithTheArchiveABoundedHeapAnswersCheckServerAndStaysUnderFourHundredMegabytes(@TempDir Path dataDir) throws Exception {
        try (JarProcess service = JarProcess.startLauncher(dataDir)) {
            List<String> jvm = service.commandLine();
            assertThat(jvm).contains("-XX:SharedArchiveFile=" + archive(), "-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1");
            assertThat(jvm.get(jvm.indexOf("-jar") + 1)).endsWith("namndkoll-app/namndkoll.jar");
            byte[] quorum = Files.readAllBytes(Corpus.ROOT.resolve("docs/examples/check-quorum.json"));
            byte[] protocol = Files.readAllBytes(Corpus.EXAMPLE_DOCUMENT);
            for (int i = 0; i < 200; i++) {
                HttpResponse<byte[]> check = service.http.post("/api/v1/checks", "application/json", quorum);
                assertThat(check.statusCode()).isEqualTo(200);
                assertThat(new String(check.body(), StandardCharsets.UTF_8)).contains("\"ruleId\":\"KL-QUORUM\"");
                HttpResponse<byte[]> document = service.http.post("/api/v1/documents/check?committee=e-namnden-norrbotten",
                        "text/plain; charset=utf-8", protocol);
                assertThat(document.statusCode()).isEqualTo(200);
            }
            // check --server: the running service checks the document, with a committee only its registry has.
            ObjectNode copy = (ObjectNode) service.http
                    .json(service.http.get("/api/v1/committees/e-namnden-norrbotten"));
            copy.put("id", "e-namnden-kopia");
            HttpResponse<byte[]> created = service.http.send(service.http.request("/api/v1/committees/e-namnden-kopia")
                    .header("Content-Type", "application/json").header("If-None-Match", "*")
                    .PUT(HttpRequest.BodyPublishers.ofString(copy.toString())).build());
            assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(201);
            JarProcess.Run remote = run(List.of(), "check", "--server", "http://127.0.0.1:" + service.port, "--committee", "e-namnden-kopia",
                    Corpus.EXAMPLE_DOCUMENT.toString());
            assertThat(remote.status()).as("the example has errors: %s", remote.stderr()).isEqualTo(1);
            assertThat(remote.stdout()).contains("e-namnden-kopia", "KL-ANSLAG-TIMELY", "FIN-TABLE-SUMS");
            JarProcess.Run json = run(List.of(), "check", "--server", "http://127.0.0.1:" + service.port, "--format", "json",
                    Corpus.EXAMPLE_DOCUMENT.toString());
            assertThat(json.status()).as(json.stderr()).isEqualTo(1);
            assertThat(Http.JSON.readTree(json.stdout()).at("/results/0/report/verdict").asText()).isEqualTo("FAIL");
            JarProcess.Run local = run(List.of(), "check", "--committee", "e-namnden-kopia", Corpus.EXAMPLE_DOCUMENT.toString());
            assertThat(local.status()).as("only the service knows the copy").isEqualTo(2);
            long residentKb = service.residentKb();
            System.out.printf("the launcher's service after 200 checks and 200 document checks: %d MB resident%n", residentKb / 1024);
            if (residentKb > 0) {
                assertThat(residentKb).as("resident kB").isLessThan(400 * 1024);
            }
        }
    }

    @Test
    void theArchiveMatchesTheLaunchersClassPath() throws Exception {
        assertThat(archive()).as("the build's class-data-sharing archive").isRegularFile();
        // -Xshare:on (after the launcher's -Xshare:auto) stops the JVM if the archive cannot be used.
        JarProcess.Run run = run(List.of("-Xshare:on"), "--help");
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Användning:");
    }

    @Test
    void checkRunsAsTheJarDoes() throws Exception {
        JarProcess.Run run = run(List.of(), "check", "--committee", "e-namnden-norrbotten", Corpus.EXAMPLE_DOCUMENT.toString());
        assertThat(run.status()).as("the example has errors: %s", run.stderr()).isEqualTo(1);
        assertThat(run.stdout()).contains("KL-ANSLAG-TIMELY", "FIN-TABLE-SUMS");
    }

    private static Path archive() throws IOException {
        return JarProcess.launcher().toRealPath().getParent().resolve("namndkoll.jsa"); // as the launcher's pwd -P
    }

    private static JarProcess.Run run(List<String> javaOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JarProcess.launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_OPTS", String.join(" ", javaOptions));
        return JarProcess.runToEnd(builder);
    }
}
