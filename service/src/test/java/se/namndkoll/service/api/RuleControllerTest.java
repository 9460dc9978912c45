package se.namndkoll.service.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
class RuleControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCatalogueListsEveryRuleWithItsLegalBasis() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem("KL-QUORUM")))
                .andExpect(jsonPath("$[?(@.id == 'KL-QUORUM')].legalBasis[0]").value(hasItem("KL 6 kap. 27 §")))
                .andExpect(jsonPath("$[?(@.id == 'KL-QUORUM')].verified").value(hasItem(false)));
    }

    @Test
    void oneRuleHasItsTitlesSourceFilesAndExplanation() throws Exception {
        mvc.perform(get("/api/v1/rules/KL-QUORUM"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("KL-QUORUM"))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.titleEn").isString())
                .andExpect(jsonPath("$.severities[0]").value("ERROR"))
                .andExpect(jsonPath("$.sourceFiles").value(hasItem("kl/kl-06-sammantraden.drl")))
                .andExpect(jsonPath("$.requires").isArray());
    }

    @Test
    void anUnknownRuleIs404() throws Exception {
        mvc.perform(get("/api/v1/rules/KL-NOTHING").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("There is no rule with id KL-NOTHING."));
    }
}
