package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two secretaries saving the same committee at the same moment with the same ETag: exactly one
 * wins (200, the next ETag), the other gets 412 with the current ETag, and the stored committee is
 * the winner's. And 50 checks run at once give the same reports as the same checks one by one.
 */
@HardenedService
class ConcurrencyIT {

    private static final int ROUNDS = Integer.getInteger("namndkoll.race.rounds", 25);

    @LocalServerPort
    int port;

    @Test
    void twoClientsWithTheSameETagExactlyOneWins() throws Exception {
        Http http = new Http(port);
        JsonNode committee = Corpus.committees().get(0).deepCopy();
        String id = "samtidig-" + System.nanoTime();
        ((ObjectNode) committee).put("id", id);
        HttpResponse<byte[]> created = put(http, id, committee, null);
        assertThat(created.statusCode()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int wins = 0;
        int refusals = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<byte[]>>> both = new ArrayList<>();
                for (String secretary : List.of("A", "B")) {
                    ObjectNode edit = committee.deepCopy();
                    edit.put("name", "Ändrad av " + secretary + " i runda " + round);
                    String ifMatch = etag;
                    both.add(pool.submit(() -> {
                        go.await();
                        return put(http, id, edit, ifMatch);
                    }));
                }
                go.countDown();
                HttpResponse<byte[]> first = both.get(0).get(60, TimeUnit.SECONDS);
                HttpResponse<byte[]> second = both.get(1).get(60, TimeUnit.SECONDS);
                List<Integer> statuses = List.of(first.statusCode(), second.statusCode());
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 412);
                HttpResponse<byte[]> winner = first.statusCode() == 200 ? first : second;
                HttpResponse<byte[]> loser = first.statusCode() == 200 ? second : first;
                String next = winner.headers().firstValue("ETag").orElseThrow();
                assertThat(loser.headers().firstValue("ETag")).as("the 412 names the current version").hasValue(next);
                Http.assertWellBehaved("412", loser);
                HttpResponse<byte[]> stored = http.get("/api/v1/committees/" + id);
                assertThat(stored.headers().firstValue("ETag")).hasValue(next);
                assertThat(http.json(stored).at("/name").asText()).isEqualTo(http.json(winner).at("/name").asText());
                etag = next;
                wins++;
                refusals++;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("If-Match race: %d rounds, %d won (200), %d refused (412)%n", ROUNDS, wins, refusals);
    }

    @Test
    void fiftyParallelChecksGiveTheSameReportsAsSequentialOnes() throws Exception {
        Http http = new Http(port);
        List<JsonNode> cases = Corpus.yamlCases().stream().filter(c -> c.has("committeeId")).limit(50).toList();
        assertThat(cases).hasSize(50);
        List<String> sequential = new ArrayList<>();
        for (JsonNode c : cases) {
            sequential.add(findings(http, c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> parallel = new ArrayList<>();
            for (JsonNode c : cases) {
                parallel.add(pool.submit(() -> {
                    go.await();
                    return findings(http, c);
                }));
            }
            go.countDown();
            for (int i = 0; i < cases.size(); i++) {
                assertThat(parallel.get(i).get(120, TimeUnit.SECONDS)).as("case %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        long withFindings = sequential.stream().filter(s -> s.contains("ruleId")).count();
        System.out.printf("Parallel checks: 50 cases (%d with findings, %d answered 4xx) gave the same reports in parallel as in sequence%n",
                withFindings, sequential.stream().filter(s -> s.startsWith("4")).count());
    }

    /** The report without its evaluation id: status, verdict, findings, rules evaluated. */
    private static String findings(Http http, JsonNode c) throws Exception {
        HttpResponse<byte[]> response = http.post("/api/v1/checks", "application/json", Http.JSON.writeValueAsBytes(c));
        JsonNode body = http.json(response);
        if (response.statusCode() != 200) {
            return response.statusCode() + " " + body.at("/errors");
        }
        ((ObjectNode) body).remove("evaluationId");
        return body.toString();
    }

    private static HttpResponse<byte[]> put(Http http, String id, JsonNode committee, String ifMatch) throws Exception {
        HttpRequest.Builder request = http.request("/api/v1/committees/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Http.JSON.writeValueAsBytes(committee)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
