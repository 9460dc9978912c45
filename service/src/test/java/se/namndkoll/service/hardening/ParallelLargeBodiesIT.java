package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large bodies at the same time on a small heap: the packaged jar with a 128 MB heap gets six JSON
 * bodies of 9.9 MB at once (each within the body limit). Without the body budget (BodyBudgetFilter)
 * such a burst ran the heap out (OutOfMemoryError, 500 for some of them); with it they are read one
 * after another and each gets its ordinary answer, or 503 service-busy if it waited too long. The
 * service stays healthy and checks the next ordinary case.
 */
class ParallelLargeBodiesIT {

    private static final int PARALLEL = 6;

    @Test
    void aBurstOfLargeBodiesOnASmallHeapGetsNoInternalError(@TempDir Path dataDir) throws Exception {
        byte[] large = ("{\"evaluationDate\": \"2020-03-11\", \"committeeId\": \"" + "a".repeat(9_900_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        try (JarProcess jar = JarProcess.start(dataDir, "128m")) {
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(pool.submit(() -> jar.http.post("/api/v1/checks", "application/json", large)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                statuses.add(response.statusCode());
                assertThat(response.statusCode()).as("%s", Http.text(response)).isIn(404, 503);
            }
            pool.shutdown();
            System.out.printf("%d bodies of %.1f MB at once, heap 128 MB: answers %s in %.1f s%n", PARALLEL,
                    large.length / 1e6, statuses, (System.nanoTime() - start) / 1e9);
            jar.http.assertHealthy();
            byte[] quorum = Files.readAllBytes(Corpus.ROOT.resolve("docs/examples/check-quorum.json"));
            assertThat(jar.http.post("/api/v1/checks", "application/json", quorum).statusCode()).isEqualTo(200);
            assertThat(Files.readString(jar.log, StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
        }
    }
}
