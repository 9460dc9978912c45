package se.namndkoll.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.namndkoll.service.registry.CommitteeStore;
import se.namndkoll.service.web.BodyBudget;
import se.namndkoll.service.web.BodyBudgetFilter;

/** Every kind of bad input gives RFC 9457 problem+json with a stable type and, for fields, a JSON Pointer. */
@ApiSliceTest
class ErrorResponsesTest {

    private static final String BASE = "https://namndkoll.se/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;
    @Autowired
    BodyBudgetFilter bodyBudget;

    @BeforeEach
    void registry() {
        Fixtures.stubRegistry(committees);
    }

    private ResultActions check(String body) throws Exception {
        return mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions problem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(BASE + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void malformedJsonIsMalformedJsonWithItsLine() throws Exception {
        problem(check("{\"evaluationDate\": \"2020-03-11\",\n \"protocol\": {"), 400, "malformed-json")
                .andExpect(jsonPath("$.detail").value(containsString("rad 2")))
                .andExpect(jsonPath("$.instance").value("/api/v1/checks"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsAValidationError() throws Exception {
        problem(check("[1, 2]"), 400, "validation").andExpect(jsonPath("$.errors[0].pointer").value(""));
    }

    @Test
    void aMissingBodyIsABadRequest() throws Exception {
        problem(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)), 400, "bad-request");
    }

    @Test
    void aWrongTypeIsLocatedByItsPointer() throws Exception {
        problem(check("""
                {"evaluationDate": "2020-03-11", "protocol": {"meetingDate": "2020-03-11", "attendanceReferenced": "ja"}}"""),
                400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/protocol/attendanceReferenced"))
                .andExpect(jsonPath("$.errors[0].code").value("wrong-type"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("true eller false")));
    }

    @Test
    void aNumberWhereTextBelongsIsAWrongType() throws Exception {
        problem(check("""
                {"evaluationDate": "2020-03-11", "protocol": {"meetingDate": "2020-03-11", "place": 12}}"""), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/protocol/place"))
                .andExpect(jsonPath("$.errors[0].code").value("wrong-type"));
    }

    @Test
    void anImpossibleDateIsAnInvalidDate() throws Exception {
        problem(check("{\"evaluationDate\": \"2020-13-45\"}"), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/evaluationDate"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-date"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("2020-13-45")));
    }

    @Test
    void theThirtiethOfFebruaryIsAnInvalidDate() throws Exception {
        problem(check("""
                {"protocol": {"meetingDate": "2021-02-30"}}"""), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/protocol/meetingDate"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-date"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() throws Exception {
        problem(check("""
                {"evaluationDate": "2020-03-11", "protocol": {"meetingDate": "2020-03-11",
                 "attendance": [{"person": "Anna", "role": "LEDAMOT"}, {"person": "Bo", "role": "ORDFORANDE"}]}}"""), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/protocol/attendance/1/role"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-value"))
                .andExpect(jsonPath("$.errors[0].detail").value(allOf(containsString("ORDFORANDE"), containsString("LEDAMOT"))));
    }

    @Test
    void anUnknownPropertyIsNamed() throws Exception {
        problem(check("{\"evaluationDate\": \"2020-03-11\", \"protokoll\": {}}"), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/protokoll"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-property"));
    }

    @Test
    void everyErrorOfABodyIsAnsweredNotOnlyTheFirstEachWithItsPointer() throws Exception {
        // Five values Jackson cannot read, a null in a list (whose neighbours keep their indices) and a broken
        // constraint behind them: all seven, by pointer, each once.
        problem(check("""
                {"committeeId": "e-namnden-norrbotten", "evaluationDate": "2020-13-45", "protokoll": {},
                 "protocol": {"meetingDate": "2020-02-30", "place": 12,
                   "attendance": [null, {"person": "", "role": "LEDAMOT"}, {"person": "Bo", "role": "ORDFORANDE"}]}}"""),
                400, "validation")
                .andExpect(jsonPath("$.detail").value(containsString("7 fel")))
                .andExpect(jsonPath("$.errors.length()").value(7))
                .andExpect(jsonPath("$.errors[0].pointer").value("/evaluationDate"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-date"))
                .andExpect(jsonPath("$.errors[1].pointer").value("/protocol/attendance/0"))
                .andExpect(jsonPath("$.errors[1].code").value("NotNull"))
                .andExpect(jsonPath("$.errors[2].pointer").value("/protocol/attendance/1/person"))
                .andExpect(jsonPath("$.errors[2].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[3].pointer").value("/protocol/attendance/2/role"))
                .andExpect(jsonPath("$.errors[3].code").value("unknown-value"))
                .andExpect(jsonPath("$.errors[4].pointer").value("/protocol/meetingDate"))
                .andExpect(jsonPath("$.errors[4].code").value("invalid-date"))
                .andExpect(jsonPath("$.errors[5].pointer").value("/protocol/place"))
                .andExpect(jsonPath("$.errors[5].code").value("wrong-type"))
                .andExpect(jsonPath("$.errors[6].pointer").value("/protokoll"))
                .andExpect(jsonPath("$.errors[6].code").value("unknown-property"));
    }

    @Test
    void anUnknownPropertyBesideOtherErrorsIsReportedToo() throws Exception {
        problem(check("{\"evaluationDate\": \"2020-13-45\", \"protokoll\": {}, \"agenda\": {\"meetingDate\": \"igår\"}}"),
                400, "validation")
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].pointer").value("/agenda/meetingDate"))
                .andExpect(jsonPath("$.errors[1].pointer").value("/evaluationDate"))
                .andExpect(jsonPath("$.errors[2].pointer").value("/protokoll"))
                .andExpect(jsonPath("$.errors[2].code").value("unknown-property"));
    }

    @Test
    void aCaseWithoutAnyDateNeedsAnEvaluationDate() throws Exception {
        problem(check("{\"committeeId\": \"e-namnden-norrbotten\"}"), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/evaluationDate"))
                .andExpect(jsonPath("$.errors[0].code").value("evaluation-date-missing"));
    }

    @Test
    void aNullInAListIsLocated() throws Exception {
        problem(check("{\"evaluationDate\": \"2020-03-11\", \"decisions\": [{\"kind\": \"ADOPT_BUDGET\"}, null]}"), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/decisions/1"))
                .andExpect(jsonPath("$.errors[0].code").value("NotNull"));
    }

    @Test
    void constraintViolationsOfTheFactModelAreAllReportedWithPointers() throws Exception {
        String longName = "x".repeat(301);
        problem(check("""
                {"evaluationDate": "2020-03-11", "protocol": {"meetingDate": "2020-03-11",
                 "attendance": [{"person": "%s", "role": "LEDAMOT"}, {"person": "", "role": "LEDAMOT"}]}}""".formatted(longName)),
                400, "validation")
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].pointer").value("/protocol/attendance/0/person"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("300")))
                .andExpect(jsonPath("$.errors[1].pointer").value("/protocol/attendance/1/person"))
                .andExpect(jsonPath("$.errors[1].code").value("NotBlank"));
    }

    @Test
    void aListOverItsLimitIsRejectedBeforeTheCheck() throws Exception {
        StringBuilder aliases = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            aliases.append(i == 0 ? "" : ",").append("\"Namn ").append(i).append('"');
        }
        aliases.append(']');
        problem(check(Fixtures.quorumCase(7).replaceFirst("\\{", "{\"committee\": {\"aliases\": " + aliases + "},")), 400, "validation")
                .andExpect(jsonPath("$.errors[0].pointer").value("/committee/aliases"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
    }

    @Test
    void errorTextsAreEnglishWhenAskedFor() throws Exception {
        problem(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"evaluationDate\": \"2020-13-45\"}")), 400, "validation")
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("Invalid date")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToSwedish() throws Exception {
        problem(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "de")
                        .content("{\"evaluationDate\": \"2020-13-45\"}")), 400, "validation")
                .andExpect(jsonPath("$.title").value("Ogiltig indata"));
    }

    @Test
    void anUnknownCommitteeIs404WithThePointerOfTheId() throws Exception {
        problem(check("{\"committeeId\": \"okand-namnd\", \"evaluationDate\": \"2020-03-11\"}"), 404, "unknown-committee")
                .andExpect(jsonPath("$.detail").value(containsString("okand-namnd")))
                .andExpect(jsonPath("$.errors[0].pointer").value("/committeeId"));
    }

    @Test
    void aWrongMediaTypeIs415() throws Exception {
        problem(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_XML).content("<case/>")), 415,
                "unsupported-media-type")
                .andExpect(header().exists("Accept"));
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        problem(mvc.perform(delete("/api/v1/checks")), 405, "method-not-allowed")
                .andExpect(header().string("Allow", "POST"));
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        String huge = "{\"evaluationDate\": \"2020-03-11\", \"pad\": \"" + "x".repeat(110 * 1024) + "\"}";
        problem(check(huge), 413, "payload-too-large")
                .andExpect(jsonPath("$.detail").value("Innehållet är större än gränsen 100 kB."))
                .andExpect(jsonPath("$.limitBytes").value(102400));
    }

    @Test
    void aBodyThatFindsNoRoomInTheBodyBudgetIs503WithRetryAfterAndNothingOfItIsRead() throws Exception {
        BodyBudget budget = bodyBudget.budget();
        assertThat(budget.totalBytes()).isEqualTo(1024 * 1024);
        String body = "{\"evaluationDate\": \"2020-03-11\", \"committeeId\": \"e-namnden-norrbotten\"}";
        try (BodyBudget.Lease all = budget.acquire(budget.totalBytes(), 0).orElseThrow()) {
            problem(check(body), 503, "service-busy")
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(jsonPath("$.detail").value(containsString("Försök igen")));
            // reads take no share
            mvc.perform(get("/api/v1/rules")).andExpect(status().isOk());
        }
        assertThat(budget.availableBytes()).isEqualTo(budget.totalBytes());
        check(body).andExpect(status().isOk());
        assertThat(budget.availableBytes()).as("the share is given back after the answer").isEqualTo(budget.totalBytes());
    }

    @Test
    void anUnknownPathIsProblemJson() throws Exception {
        problem(mvc.perform(get("/api/v1/no-such-thing")), 404, "not-found");
    }

    @Test
    void anUnexpectedErrorIs500WithoutStackTraceClassNameOrSql() throws Exception {
        when(committees.find("boom")).thenThrow(new DataAccessResourceFailureException(
                "SELECT document FROM committee WHERE id = ? -- org.h2.jdbc.JdbcSQLException"));
        problem(check("{\"committeeId\": \"boom\", \"evaluationDate\": \"2020-03-11\"}"), 500, "internal")
                .andExpect(jsonPath("$.errorId").isString())
                .andExpect(content().string(allOf(not(containsString("SELECT")), not(containsString("Exception")),
                        not(containsString("org.")), not(containsString("at se.")))));
    }
}
