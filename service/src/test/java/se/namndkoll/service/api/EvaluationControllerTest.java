package se.namndkoll.service.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndkoll.service.evaluation.EvaluationRecord;
import se.namndkoll.service.evaluation.EvaluationStore;

@ApiSliceTest
class EvaluationControllerTest {

    private static final UUID ID = UUID.fromString("0629c0fe-aefc-483f-acf8-454d4abaed7e");
    private static final EvaluationRecord RECORD = new EvaluationRecord(ID, Instant.parse("2026-11-25T09:00:00Z"), "CHECK", null,
            "kansliet", "e-namnden-norrbotten", 3L, LocalDate.of(2020, 3, 11), "a".repeat(64), "0.1.0+abc", "FAIL", 1,
            "[{\"ruleId\":\"KL-QUORUM\",\"severity\":\"ERROR\"}]");

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationStore store;

    @Test
    void theLogIsFilteredByCommitteeAndDaysInTheServicesTimeZoneAndPaged() throws Exception {
        when(store.search(any(), any(), any(), anyInt(), anyInt())).thenReturn(new EvaluationStore.Page(List.of(RECORD), 51));
        mvc.perform(get("/api/v1/evaluations").param("committee", "e-namnden-norrbotten").param("from", "2026-11-01")
                        .param("to", "2026-11-30").param("page", "1").param("size", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(ID.toString()))
                .andExpect(jsonPath("$.items[0].caller").value("kansliet"))
                .andExpect(jsonPath("$.items[0].verdict").value("FAIL"))
                .andExpect(jsonPath("$.items[0].findings").doesNotExist())
                .andExpect(jsonPath("$.totalElements").value(51))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(1));
        // Stockholm is UTC+1 in November: the 1st starts at 23:00 UTC the day before; "to" is inclusive.
        verify(store).search("e-namnden-norrbotten", Instant.parse("2026-10-31T23:00:00Z"), Instant.parse("2026-11-30T23:00:00Z"), 1, 50);
    }

    @Test
    void withoutFiltersEverythingIsListedNewestFirst() throws Exception {
        when(store.search(any(), any(), any(), anyInt(), anyInt())).thenReturn(new EvaluationStore.Page(List.of(), 0));
        mvc.perform(get("/api/v1/evaluations")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        verify(store).search(isNull(), isNull(), isNull(), eq(0), eq(50));
    }

    @Test
    void oneEntryHasItsFindings() throws Exception {
        when(store.find(ID)).thenReturn(Optional.of(RECORD));
        mvc.perform(get("/api/v1/evaluations/" + ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inputDigest").value("a".repeat(64)))
                .andExpect(jsonPath("$.committeeVersion").value(3))
                .andExpect(jsonPath("$.findings[0].ruleId").value("KL-QUORUM"));
    }

    @Test
    void anUnknownOrMalformedIdIs404() throws Exception {
        when(store.find(any())).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/evaluations/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluations/not-a-uuid"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/not-found"));
    }

    @Test
    void badPagingAndDatesAreValidationErrorsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/evaluations").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/validation"))
                .andExpect(jsonPath("$.errors[0].parameter").value("size"));
        mvc.perform(get("/api/v1/evaluations").param("from", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-date"));
        mvc.perform(get("/api/v1/evaluations").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("page"))
                .andExpect(jsonPath("$.errors[0].code").value("wrong-type"));
    }
}
