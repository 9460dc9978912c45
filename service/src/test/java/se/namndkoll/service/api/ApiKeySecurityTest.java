package se.namndkoll.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.service.registry.CommitteeStore;
import se.namndkoll.service.registry.RegisteredCommittee;

/** With keys configured, registry writes need a valid key; here reads are open and checks closed. */
@ApiSliceTest
@TestPropertySource(properties = {
        "namndkoll.security.api-keys.kansliet=" + ApiKeySecurityTest.KEY,
        "namndkoll.security.api-keys.arendesystemet=another-key-of-enough-length",
        "namndkoll.security.open-reads=true",
        "namndkoll.security.open-checks=false"})
@ExtendWith(OutputCaptureExtension.class)
class ApiKeySecurityTest {

    static final String KEY = "kansliets-hemliga-nyckel-2026";
    private static final String COMMITTEE = """
            {"id": "testnamnden", "name": "Testnämnden", "form": "GEMENSAM_NAMND", "parties": [{"id": "a", "name": "A", "kind": "KOMMUN"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;

    @BeforeEach
    void registry() {
        Mockito.reset(committees);
        Fixtures.stubRegistry(committees);
        when(committees.insert(any(), anyString(), any())).thenAnswer(i -> new RegisteredCommittee(i.getArgument(0), 1, i.getArgument(2), i.getArgument(1)));
    }

    @Test
    void aWriteWithoutAKeyIs401WithTheChallenge() throws Exception {
        mvc.perform(put("/api/v1/committees/testnamnden").contentType(MediaType.APPLICATION_JSON).content(COMMITTEE))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "ApiKey header=\"X-API-Key\""))
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/unauthorized"));
        verify(committees, never()).insert(any(), anyString(), any());
    }

    @Test
    void aWriteWithAWrongKeyIs403() throws Exception {
        mvc.perform(put("/api/v1/committees/testnamnden").header("X-API-Key", "wrong-key-wrong-key").contentType(MediaType.APPLICATION_JSON)
                        .content(COMMITTEE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/forbidden"));
        verify(committees, never()).insert(any(), anyString(), any());
    }

    @Test
    void aWriteWithAValidKeyIsRecordedUnderTheKeysIdNeverTheKey(CapturedOutput output) throws Exception {
        mvc.perform(put("/api/v1/committees/testnamnden").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON).content(COMMITTEE))
                .andExpect(status().isCreated());
        verify(committees).insert(any(Committee.class), eq("kansliet"), any(Instant.class));
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @Test
    void readsAreOpenWhenConfiguredSo() throws Exception {
        mvc.perform(get("/api/v1/committees")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rules")).andExpect(status().isOk());
    }

    @Test
    void checksAreClosedWhenConfiguredSo() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(Fixtures.quorumCase(7)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/checks").header("X-API-Key", "another-key-of-enough-length").contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.quorumCase(7)))
                .andExpect(status().isOk());
    }

    @Test
    void theKeyIsCheckedBeforeTheBodyIsRead() throws Exception {
        mvc.perform(put("/api/v1/committees/testnamnden").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isUnauthorized());
    }
}
