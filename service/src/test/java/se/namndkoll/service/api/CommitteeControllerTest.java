package se.namndkoll.service.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.service.registry.CommitteeStore;
import se.namndkoll.service.registry.RegisteredCommittee;

@ApiSliceTest
class CommitteeControllerTest {

    private static final String TEST_COMMITTEE = """
            {"id": "testnamnden", "name": "Testnämnden", "form": "GEMENSAM_NAMND",
             "parties": [{"id": "a", "name": "A kommun", "kind": "KOMMUN"}],
             "terms": [{"validFrom": "2024-01-01", "validTo": "2025-12-31", "source": "Reglemente 2024"},
                       {"validFrom": "2026-01-01", "source": "Reglemente 2026"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;

    @BeforeEach
    void registry() {
        Mockito.reset(committees);
        Fixtures.stubRegistry(committees);
        when(committees.insert(any(), anyString(), any())).thenAnswer(i -> new RegisteredCommittee(i.getArgument(0), 1, i.getArgument(2), i.getArgument(1)));
        when(committees.update(any(), anyLong(), anyString(), any())).thenAnswer(i -> Optional.of(
                new RegisteredCommittee(i.getArgument(0), (long) i.getArgument(1) + 1, i.getArgument(3), i.getArgument(2))));
        when(committees.delete(anyString(), anyLong(), anyString(), any())).thenReturn(true);
    }

    @Test
    void theRegistryListsCommitteesWithVersionsAndTermsValidity() throws Exception {
        mvc.perform(get("/api/v1/committees"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].id").value("e-namnden-norrbotten"))
                .andExpect(jsonPath("$[1].version").value(3))
                .andExpect(jsonPath("$[1].form").value("GEMENSAM_NAMND"))
                .andExpect(jsonPath("$[1].terms[0].validFrom").value("2016-02-10"))
                .andExpect(jsonPath("$[1].updatedBy").value("reference-data"));
    }

    @Test
    void aCommitteeComesWithItsETag() throws Exception {
        mvc.perform(get("/api/v1/committees/e-namnden-norrbotten"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value("e-namnden-norrbotten"))
                .andExpect(jsonPath("$.parties.length()").value(14));
    }

    @Test
    void anUnchangedCommitteeIs304() throws Exception {
        mvc.perform(get("/api/v1/committees/e-namnden-norrbotten").header("If-None-Match", "\"3\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void anUnknownCommitteeIs404() throws Exception {
        mvc.perform(get("/api/v1/committees/okand"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("Det finns ingen nämnd med id okand."));
    }

    @Test
    void aNewCommitteeIsCreatedWithoutPrecondition() throws Exception {
        mvc.perform(put("/api/v1/committees/testnamnden").contentType(MediaType.APPLICATION_JSON).content(TEST_COMMITTEE))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Location", "/api/v1/committees/testnamnden"))
                .andExpect(jsonPath("$.terms[1].validFrom").value("2026-01-01"));
        verify(committees).insert(any(Committee.class), eq("anonymous"), any(Instant.class));
    }

    @Test
    void replacingAnExistingCommitteeWithoutIfMatchIs428() throws Exception {
        mvc.perform(put("/api/v1/committees/e-namnden-norrbotten").contentType(MediaType.APPLICATION_JSON)
                        .content(TEST_COMMITTEE.replace("testnamnden", "e-namnden-norrbotten")))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/precondition-required"));
        verify(committees, never()).update(any(), anyLong(), anyString(), any());
    }

    @Test
    void replacingWithAStaleETagIs412AndNamesTheCurrentOne() throws Exception {
        mvc.perform(put("/api/v1/committees/e-namnden-norrbotten").header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content(TEST_COMMITTEE.replace("testnamnden", "e-namnden-norrbotten")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/precondition-failed"));
    }

    @Test
    void replacingWithTheCurrentETagSucceeds() throws Exception {
        mvc.perform(put("/api/v1/committees/e-namnden-norrbotten").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content(TEST_COMMITTEE.replace("testnamnden", "e-namnden-norrbotten")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""));
        verify(committees).update(any(Committee.class), eq(3L), eq("anonymous"), any(Instant.class));
    }

    @Test
    void aConcurrentChangeBetweenReadAndWriteIs412() throws Exception {
        when(committees.update(any(), anyLong(), anyString(), any())).thenReturn(Optional.empty());
        when(committees.findLatest("e-namnden-norrbotten")).thenReturn(Optional.of(Fixtures.registered("e-namnden-norrbotten", 4)));
        mvc.perform(put("/api/v1/committees/e-namnden-norrbotten").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content(TEST_COMMITTEE.replace("testnamnden", "e-namnden-norrbotten")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"4\"")); // the version that won, read after its write
    }

    @Test
    void createOnlyFailsWhenTheCommitteeExists() throws Exception {
        mvc.perform(put("/api/v1/committees/e-namnden-norrbotten").header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON)
                        .content(TEST_COMMITTEE.replace("testnamnden", "e-namnden-norrbotten")))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void theIdInTheBodyMustBeTheIdInThePath() throws Exception {
        mvc.perform(put("/api/v1/committees/annan").contentType(MediaType.APPLICATION_JSON).content(TEST_COMMITTEE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/id"))
                .andExpect(jsonPath("$.errors[0].code").value("id-mismatch"));
    }

    @Test
    void anInvalidCommitteeIsRejectedWithPointers() throws Exception {
        mvc.perform(put("/api/v1/committees/testnamnden").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"testnamnden\", \"name\": \"\", \"form\": \"GEMENSAM_NAMND\", \"parties\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer").value(Matchers.containsInAnyOrder("/name", "/parties")));
        mvc.perform(put("/api/v1/committees/testnamnden").contentType(MediaType.APPLICATION_JSON)
                        .content(TEST_COMMITTEE.replace("GEMENSAM_NAMND", "KOMMITTE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/form"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-value"));
    }

    @Test
    void everyErrorOfACommitteeIsAnsweredAtOnce() throws Exception {
        // An unknown value, a misspelt field and an empty name: the form shows all three next to their fields at once.
        mvc.perform(put("/api/v1/committees/testnamnden").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"testnamnden\", \"name\": \"\", \"form\": \"KOMMITTE\", \"hostParty\": \"a\", "
                                + "\"parties\": [{\"id\": \"a\", \"name\": \"A kommun\", \"kind\": \"KOMMUN\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].pointer").value(Matchers.contains("/form", "/hostParty", "/name")))
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.contains("unknown-value", "unknown-property", "NotBlank")));
    }

    @Test
    void deletingNeedsTheCurrentETag() throws Exception {
        mvc.perform(delete("/api/v1/committees/e-namnden-norrbotten"))
                .andExpect(status().is(428));
        mvc.perform(delete("/api/v1/committees/e-namnden-norrbotten").header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete("/api/v1/committees/e-namnden-norrbotten").header("If-Match", "\"3\""))
                .andExpect(status().isNoContent());
        verify(committees).delete("e-namnden-norrbotten", 3L, "anonymous", ApiSliceConfiguration.NOW);
    }

    @Test
    void deletingAnUnknownCommitteeIs404() throws Exception {
        mvc.perform(delete("/api/v1/committees/okand").header("If-Match", "\"1\""))
                .andExpect(status().isNotFound());
    }

    @Test
    void postIsNotAllowedOnACommittee() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/committees/x"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/method-not-allowed"));
    }
}
