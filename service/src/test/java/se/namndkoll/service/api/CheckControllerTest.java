package se.namndkoll.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.namndkoll.service.evaluation.EvaluationLog;
import se.namndkoll.service.evaluation.EvaluationRecord;
import se.namndkoll.service.evaluation.EvaluationStore;
import se.namndkoll.service.registry.CommitteeStore;

@ApiSliceTest
class CheckControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;
    @Autowired
    EvaluationStore evaluations;
    @Autowired
    EvaluationLog log;

    @BeforeEach
    void registry() {
        Fixtures.stubRegistry(committees);
        clearInvocations(evaluations);
    }

    @Test
    void aMeetingWithoutQuorumIsAFindingInA200Report() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(Fixtures.quorumCase(7)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "sv"))
                .andExpect(jsonPath("$.verdict").value("FAIL"))
                .andExpect(jsonPath("$.committeeId").value("e-namnden-norrbotten"))
                .andExpect(jsonPath("$.evaluationDate").value("2020-03-11"))
                .andExpect(jsonPath("$.evaluationId").isString())
                .andExpect(jsonPath("$.findings[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[0].legalBasis[0]").value("KL 6 kap. 27 §"))
                .andExpect(jsonPath("$.findings[0].verified").value(true))
                .andExpect(jsonPath("$.findings[0].provisions[0].ref").value("KL 6 kap. 27 §"))
                .andExpect(jsonPath("$.findings[0].provisions[0].text")
                        .value("En nämnd får handlägga ärenden endast om fler än hälften av ledamöterna är närvarande."))
                .andExpect(jsonPath("$.findings[0].provisions[0].version").value("SFS 2017:725"))
                .andExpect(jsonPath("$.findings[0].provisions[0].statute").value("Kommunallag (2017:725)"))
                .andExpect(jsonPath("$.findings[0].location.pointer").value("/protocol/attendance"))
                .andExpect(jsonPath("$.findings[0].facts.present").value(7))
                .andExpect(jsonPath("$.findings[0].facts.required").value(8))
                .andExpect(jsonPath("$.findings[0].message").value(Matchers.containsString("minst 8")))
                .andExpect(jsonPath("$.rulesEvaluated").isArray());
    }

    @Test
    void englishIsGivenWhenAskedFor() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-GB,en;q=0.8")
                        .content(Fixtures.quorumCase(7)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.findings[0].message").value(Matchers.containsString("7 serving of 14")))
                .andExpect(jsonPath("$.findings[0].title").value(Matchers.not(Matchers.containsString("Nämnden"))));
    }

    @Test
    void aQuorateMeetingPasses() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(Fixtures.quorumCase(8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("PASS"))
                .andExpect(jsonPath("$.findings").isEmpty())
                .andExpect(jsonPath("$.rulesEvaluated").value(Matchers.hasItem("KL-QUORUM")));
    }

    @Test
    void aMeetingWithoutItsCommitteeIsIncompleteNotAPassAndTheRulesThatCouldNotRunAreListed() throws Exception {
        // 3 of 14 present: without the committee the quorum cannot be judged, and the report must not say "pass".
        String body = """
                {"evaluationDate": "2020-03-11", "protocol": {"meetingDate": "2020-03-11", "attendance": %s}}"""
                .formatted(Fixtures.attendance(3));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INCOMPLETE"))
                .andExpect(jsonPath("$.rulesEvaluated").value(Matchers.not(Matchers.hasItem("KL-QUORUM"))))
                .andExpect(jsonPath("$.rulesNotRun[?(@.ruleId == 'KL-QUORUM')].missing[0]").value("COMMITTEE"))
                .andExpect(jsonPath("$.rulesNotRun[?(@.ruleId == 'KL-QUORUM')].reason").value("en registrerad nämnd"))
                .andExpect(jsonPath("$.rulesNotRun[?(@.ruleId == 'KL-QUORUM')].title").value("Nämnden ska vara beslutför"));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(body))
                .andExpect(jsonPath("$.rulesNotRun[?(@.ruleId == 'KL-QUORUM')].reason").value("a registered committee"));
        // With the committee the same meeting fails, and nothing is left untried.
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(Fixtures.quorumCase(3)))
                .andExpect(jsonPath("$.verdict").value("FAIL"))
                .andExpect(jsonPath("$.rulesNotRun").isEmpty());
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<EvaluationRecord>> batch = ArgumentCaptor.forClass(List.class);
        verify(evaluations, atLeastOnce()).insertAll(batch.capture());
        assertThat(batch.getAllValues().stream().flatMap(List::stream).map(EvaluationRecord::verdict)).contains("INCOMPLETE");
    }

    @Test
    void anInlineCommitteeNextToCommitteeIdIsAMergePatchOverTheRegisteredOne() throws Exception {
        // Only 12 seats (the first six parties' two seats each): 7 present of 12 ledamöter is a quorum.
        String seats = """
                [{"role":"LEDAMOT","partyId":"arjeplog"},{"role":"LEDAMOT","partyId":"arvidsjaur"},{"role":"LEDAMOT","partyId":"boden"},
                 {"role":"LEDAMOT","partyId":"gallivare"},{"role":"LEDAMOT","partyId":"haparanda"},{"role":"LEDAMOT","partyId":"jokkmokk"},
                 {"role":"LEDAMOT","partyId":"kalix"},{"role":"LEDAMOT","partyId":"kiruna"},{"role":"LEDAMOT","partyId":"lulea"},
                 {"role":"LEDAMOT","partyId":"pajala"},{"role":"LEDAMOT","partyId":"pitea"},{"role":"LEDAMOT","partyId":"alvsbyn"}]""";
        String body = Fixtures.quorumCase(7).replaceFirst("\\{", "{\"committee\": {\"seats\": " + seats + "},");
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'KL-QUORUM')]").isEmpty())
                .andExpect(jsonPath("$.rulesEvaluated").value(Matchers.hasItem("KL-QUORUM")));
    }

    @Test
    void aCommitteeCanBeGivenInlineWithoutTheRegistry() throws Exception {
        String body = """
                {"evaluationDate": "2024-05-02",
                 "committee": {"id": "testnamnden", "name": "Testnämnden", "form": "GEMENSAM_NAMND", "hostPartyId": "a",
                               "parties": [{"id": "a", "name": "A kommun", "kind": "KOMMUN"}, {"id": "b", "name": "B kommun", "kind": "KOMMUN"}],
                               "seats": [{"role": "LEDAMOT", "partyId": "a"}, {"role": "ERSATTARE", "partyId": "a"},
                                         {"role": "LEDAMOT", "partyId": "b"}, {"role": "ERSATTARE", "partyId": "b"}]},
                 "protocol": {"meetingDate": "2024-05-02", "attendance": [{"person": "Anna", "role": "LEDAMOT", "partyId": "a"}]}}""";
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committeeId").value("testnamnden"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.findings[0].facts.required").value(2));
    }

    @Test
    void everyCheckIsRecordedInTheDecisionLogWithCallerDigestAndCommitteeVersion() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(Fixtures.quorumCase(7)))
                .andExpect(status().isOk());
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<EvaluationRecord>> batch = ArgumentCaptor.forClass(List.class);
        verify(evaluations, atLeastOnce()).insertAll(batch.capture());
        EvaluationRecord record = batch.getAllValues().stream().flatMap(List::stream).reduce((a, b) -> b).orElseThrow();
        assertThat(record.kind()).isEqualTo("CHECK");
        assertThat(record.caller()).isEqualTo("anonymous");
        assertThat(record.committeeId()).isEqualTo("e-namnden-norrbotten");
        assertThat(record.committeeVersion()).isEqualTo(3L);
        assertThat(record.inputDigest()).matches("[0-9a-f]{64}");
        assertThat(record.verdict()).isEqualTo("FAIL");
        assertThat(record.findingCount()).isEqualTo(1);
        assertThat(record.findingsJson()).contains("\"ruleId\":\"KL-QUORUM\"").contains("\"messageEn\"");
        assertThat(record.ruleSetVersion()).isNotBlank();
    }

    @Test
    void theSameCaseHasTheSameDigest() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(Fixtures.quorumCase(7)))
                    .andExpect(status().isOk());
        }
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<EvaluationRecord>> batch = ArgumentCaptor.forClass(List.class);
        verify(evaluations, atLeastOnce()).insertAll(batch.capture());
        List<String> digests = batch.getAllValues().stream().flatMap(List::stream).map(EvaluationRecord::inputDigest).distinct().toList();
        assertThat(digests).hasSize(1);
    }

}
