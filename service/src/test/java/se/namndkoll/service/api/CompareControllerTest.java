package se.namndkoll.service.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.namndkoll.service.registry.CommitteeStore;

@ApiSliceTest
class CompareControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;

    @BeforeEach
    void registry() {
        Fixtures.stubRegistry(committees);
    }

    private ResultActions compare(String body) throws Exception {
        return mvc.perform(post("/api/v1/arrangements/compare").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void eachVariantHasItsReportAndTheDifferenceToTheBaseline() throws Exception {
        compare("""
                {"baseline": %s,
                 "variants": [
                   {"name": "Åtta närvarande", "description": "En ledamot till", "patch": {"protocol": {"attendance": %s}}},
                   {"name": "Ny nämnd med två platser", "patch": {"committee": {"id": "ny", "seats": [
                       {"role": "LEDAMOT", "partyId": "lulea"}, {"role": "LEDAMOT", "partyId": "boden"}]}}}
                 ]}""".formatted(Fixtures.quorumCase(7), Fixtures.attendance(8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline.verdict").value("FAIL"))
                .andExpect(jsonPath("$.baseline.findings[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.variants[0].name").value("Åtta närvarande"))
                .andExpect(jsonPath("$.variants[0].description").value("En ledamot till"))
                .andExpect(jsonPath("$.variants[0].report.verdict").value("PASS"))
                .andExpect(jsonPath("$.variants[0].difference.removed[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.variants[0].difference.added").isEmpty())
                .andExpect(jsonPath("$.variants[0].difference.unchanged").isEmpty())
                // Two ledamot seats make seven present a quorum, but leave twelve parties unrepresented
                // and the nämnd without ersättare.
                .andExpect(jsonPath("$.variants[1].report.committeeId").value("ny"))
                .andExpect(jsonPath("$.variants[1].difference.removed[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.variants[1].difference.added").isNotEmpty())
                .andExpect(jsonPath("$.variants[1].difference.added[*].ruleId").value(
                        Matchers.everyItem(Matchers.isIn(List.of("KL-JOINT-REPRESENTATION", "KL-JOINT-SUBSTITUTE-COUNT")))))
                .andExpect(jsonPath("$.variants[1].difference.added[*].ruleId").value(
                        Matchers.hasItems("KL-JOINT-REPRESENTATION", "KL-JOINT-SUBSTITUTE-COUNT")));
    }

    @Test
    void aFindingInBothIsUnchanged() throws Exception {
        compare("""
                {"baseline": %s, "variants": [{"name": "Annan plats", "patch": {"protocol": {"place": "Luleå"}}}]}"""
                .formatted(Fixtures.quorumCase(7)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants[0].difference.unchanged[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.variants[0].difference.added").isEmpty())
                .andExpect(jsonPath("$.variants[0].difference.removed").isEmpty());
    }

    @Test
    void aFindingOnlyInTheVariantIsAdded() throws Exception {
        compare("""
                {"baseline": %s, "variants": [{"name": "Sex närvarande", "patch": {"protocol": {"attendance": %s}}}]}"""
                .formatted(Fixtures.quorumCase(8), Fixtures.attendance(6)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline.verdict").value("PASS"))
                .andExpect(jsonPath("$.variants[0].difference.added[0].ruleId").value("KL-QUORUM"))
                .andExpect(jsonPath("$.variants[0].difference.added[0].facts.present").value(6));
    }

    @Test
    void anErrorInAVariantPointsIntoThatVariantsPatch() throws Exception {
        compare("""
                {"baseline": %s, "variants": [{"name": "Fel", "patch": {"protocol": {"meetingDate": "2020-02-30"}}}]}"""
                .formatted(Fixtures.quorumCase(7)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/variants/0/patch/protocol/meetingDate"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-date"));
    }

    @Test
    void anErrorInTheBaselinePointsIntoTheBaseline() throws Exception {
        compare("""
                {"baseline": {"evaluationDate": "2020-03-11", "protocoll": {}}, "variants": [{"name": "A", "patch": {}}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/baseline/protocoll"));
    }

    @Test
    void variantNamesMustBeUnique() throws Exception {
        compare("""
                {"baseline": %s, "variants": [{"name": "A", "patch": {}}, {"name": "A", "patch": {}}]}""".formatted(Fixtures.quorumCase(7)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/variants/1/name"))
                .andExpect(jsonPath("$.errors[0].code").value("duplicate-name"));
    }

    @Test
    void atLeastOneAndAtMostTwentyVariants() throws Exception {
        compare("{\"baseline\": %s, \"variants\": []}".formatted(Fixtures.quorumCase(7)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/variants"));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\": \"v").append(i).append("\", \"patch\": {}}");
        }
        compare("{\"baseline\": %s, \"variants\": %s]}".formatted(Fixtures.quorumCase(7), many))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/variants"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
    }

    @Test
    void aVariantNeedsANameAndAPatch() throws Exception {
        compare("{\"baseline\": %s, \"variants\": [{\"description\": \"x\"}]}".formatted(Fixtures.quorumCase(7)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer").value(Matchers.containsInAnyOrder("/variants/0/name", "/variants/0/patch")));
    }

    @Test
    void anUnknownPropertyOfTheRequestIsNamed() throws Exception {
        compare("{\"baseline\": %s, \"variant\": []}".formatted(Fixtures.quorumCase(7)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/variant"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-property"));
    }
}
