package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.service.e2e.TestPostgres;

/**
 * Two instances of the packaged service on one PostgreSQL database, as behind a load balancer
 * (docs/deployment.md): started at the same moment on an empty schema (Flyway migrates once), the
 * registry's ETags hold across them, each one's decision-log entries are read from the other, the
 * retention purge runs once per schedule across both, an instance that is stopped drains its log,
 * and when one is killed the other keeps serving and the killed one loses at most the entries of
 * its last moments (docs/reliability.md §3). Skipped with one line without PostgreSQL; fails in CI.
 */
class ReplicasIT {

    private static final Pattern PURGES = Pattern.compile(
            "namndkoll_evaluations_purges_total\\{[^}]*outcome=\"(ran|skipped)\"[^}]*trigger=\"schedule\"[^}]*} ([0-9.]+)");

    private final byte[] quorumCase = read("check-quorum.json");

    @Test
    void twoInstancesShareOnePostgresql(@TempDir Path dataA, @TempDir Path dataB) throws Exception {
        TestPostgres pg = TestPostgres.createSchema("ReplicasIT");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        JarProcess a = null;
        JarProcess b = null;
        try {
            // 1. Both start at once on an empty schema: Flyway's lock lets one migrate, the other waits.
            List<String> args = new ArrayList<>(List.of(pg.serviceArguments()));
            args.add("--namndkoll.evaluations.purge-cron=*/4 * * * * *");
            Future<JarProcess> startA = pool.submit(() -> JarProcess.start(dataA, "384m", args.toArray(String[]::new)));
            Future<JarProcess> startB = pool.submit(() -> JarProcess.start(dataB, "384m", args.toArray(String[]::new)));
            a = startA.get(4, TimeUnit.MINUTES);
            b = startB.get(4, TimeUnit.MINUTES);
            try (Connection c = pg.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, COUNT(*), bool_and(success) FROM flyway_schema_history"
                         + " WHERE version IS NOT NULL GROUP BY version ORDER BY version")) {
                List<String> versions = new ArrayList<>();
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("migration %s applied once", rs.getString(1)).isEqualTo(1);
                    assertThat(rs.getBoolean(3)).isTrue();
                    versions.add(rs.getString(1));
                }
                assertThat(versions).containsExactly("1", "2", "3");
            }
            for (JarProcess instance : List.of(a, b)) {
                HttpResponse<byte[]> ready = instance.http.get("/actuator/health/readiness");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(instance.http.json(ready).at("/status").asText()).isEqualTo("UP");
            }

            // 2. The registry's ETags across instances: a change on B is a stale precondition on A.
            String path = "/api/v1/committees/e-namnden-norrbotten";
            HttpResponse<byte[]> seeded = a.http.get(path);
            assertThat(seeded.headers().firstValue("ETag")).hasValue("\"1\"");
            assertThat(put(b, path, "\"1\"", seeded.body()).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> stale = put(a, path, "\"1\"", seeded.body());
            assertThat(stale.statusCode()).isEqualTo(412);
            assertThat(stale.headers().firstValue("ETag")).hasValue("\"2\"");
            for (int round = 0; round < 5; round++) {
                String etag = "\"" + (2 + round) + "\"";
                CountDownLatch go = new CountDownLatch(1);
                JarProcess first = a;
                JarProcess second = b;
                Future<Integer> onA = pool.submit(() -> {
                    go.await();
                    return put(first, path, etag, seeded.body()).statusCode();
                });
                Future<Integer> onB = pool.submit(() -> {
                    go.await();
                    return put(second, path, etag, seeded.body()).statusCode();
                });
                go.countDown();
                assertThat(List.of(onA.get(), onB.get())).as("round %d: one write wins, the other is told", round)
                        .containsExactlyInAnyOrder(200, 412);
            }

            // 3. The decision log: written by each, read whole from either.
            String fromA = check(a);
            String fromB = check(b);
            for (JarProcess instance : List.of(a, b)) {
                for (String id : List.of(fromA, fromB)) {
                    assertThat(waitForEntry(instance, id)).as("entry %s read from port %d", id, instance.port).isEqualTo(200);
                }
            }

            // 4. The purge runs once per schedule (every 4 s here) across both instances.
            Thread.sleep(10_000);
            int[] purgesA = purges(a);
            int[] purgesB = purges(b);
            int ran = purgesA[0] + purgesB[0];
            int firingsSeen = Math.max(purgesA[0] + purgesA[1], purgesB[0] + purgesB[1]);
            assertThat(Math.min(purgesA[0] + purgesA[1], purgesB[0] + purgesB[1])).as("each instance's scheduler fired").isGreaterThanOrEqualTo(2);
            assertThat(ran).as("runs of the scheduled purge (A %s, B %s as ran/skipped)", List.of(purgesA[0], purgesA[1]),
                    List.of(purgesB[0], purgesB[1])).isBetween(firingsSeen - 1, firingsSeen);

            // 5. Stopped in order, an instance drains its decision log first.
            String last = check(b);
            b.close();
            b = null;
            assertThat(waitForEntry(a, last)).isEqualTo(200);

            // 6. Killed, an instance loses at most its last moments; the other keeps serving.
            JarProcess survivor = a;
            JarProcess victim = JarProcess.start(dataB, "384m", args.toArray(String[]::new));
            b = victim;
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<Integer>> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JarProcess target = i % 2 == 0 ? victim : survivor;
                clients.add(pool.submit(() -> {
                    int failuresOnSurvivor = 0;
                    while (!stop.get()) {
                        try {
                            String id = check(target);
                            acknowledged.put(id, target == victim ? System.nanoTime() : -1L);
                        } catch (RuntimeException | AssertionError e) {
                            if (target == survivor) {
                                failuresOnSurvivor++;
                            }
                            if (target == victim) {
                                Thread.sleep(50);
                            }
                        }
                    }
                    return failuresOnSurvivor;
                }));
            }
            Thread.sleep(3_000);
            long killedAt = System.nanoTime();
            victim.kill9();
            Thread.sleep(2_000);
            stop.set(true);
            for (Future<Integer> client : clients) {
                assertThat(client.get(2, TimeUnit.MINUTES)).as("failed requests to the survivor").isZero();
            }
            assertThat(acknowledged.values().stream().filter(t -> t == -1L).count()).as("checks on the survivor").isPositive();
            Thread.sleep(1_000);
            int lost = 0;
            for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
                if (survivor.http.get("/api/v1/evaluations/" + e.getKey()).statusCode() != 200) {
                    assertThat(e.getValue()).as("a lost entry was acknowledged by the killed instance").isNotEqualTo(-1L);
                    assertThat(killedAt - e.getValue()).as("a lost entry was acknowledged in the last second before the kill")
                            .isLessThan(1_000_000_000L);
                    lost++;
                }
            }
            System.out.printf("ReplicasIT: %d checks acknowledged, %d lost with the killed instance%n", acknowledged.size(), lost);
            assertThat(survivor.http.get(path).headers().firstValue("ETag")).hasValue("\"7\"");
        } finally {
            pool.shutdownNow();
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            pg.drop();
        }
    }

    private static HttpResponse<byte[]> put(JarProcess instance, String path, String ifMatch, byte[] body) {
        return instance.http.send(instance.http.request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private String check(JarProcess instance) {
        HttpResponse<byte[]> response = instance.http.post("/api/v1/checks", "application/json", quorumCase);
        assertThat(response.statusCode()).isEqualTo(200);
        return instance.http.json(response).at("/evaluationId").asText();
    }

    /** The status of GET /evaluations/{id}, waiting up to 5 s for the entry to be written. */
    private static int waitForEntry(JarProcess instance, String id) throws InterruptedException {
        int status = 0;
        for (int i = 0; i < 50; i++) {
            status = instance.http.get("/api/v1/evaluations/" + id).statusCode();
            if (status == 200) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    /** The scheduled purges of an instance: {ran, skipped}. */
    private static int[] purges(JarProcess instance) {
        String metrics = new String(instance.http.get("/actuator/prometheus").body(), StandardCharsets.UTF_8);
        int[] counts = new int[2];
        Matcher m = PURGES.matcher(metrics);
        while (m.find()) {
            counts[m.group(1).equals("ran") ? 0 : 1] += (int) Double.parseDouble(m.group(2));
        }
        return counts;
    }

    private static byte[] read(String example) {
        try {
            return Files.readAllBytes(Path.of("..", "docs", "examples", example));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
