package se.namndkoll.service.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
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
                .andExpect(jsonPath("$[?(@.id == 'KL-QUORUM')].verified").value(hasItem(true)));
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
    void oneRuleShowsTheWordingAndVersionOfEveryProvisionItCites() throws Exception {
        mvc.perform(get("/api/v1/rules/KL-JUSTERING-DEADLINE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalBasis[0]").value("KL 5 kap. 69 §"))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.provisions[0].ref").value("KL 5 kap. 69 §"))
                .andExpect(jsonPath("$.provisions[0].statute").value("Kommunallag (2017:725)"))
                .andExpect(jsonPath("$.provisions[0].text").value(
                        "Ett protokoll ska justeras senast fjorton dagar efter sammanträdet på det sätt som fullmäktige har bestämt."))
                .andExpect(jsonPath("$.provisions[0].version").value("SFS 2017:725"))
                .andExpect(jsonPath("$.provisions[0].quotes").value(hasItem("Ett protokoll ska justeras senast fjorton dagar efter sammanträdet")))
                .andExpect(jsonPath("$.provisions[?(@.ref == 'KL 6 kap. 35 §')].text").value(hasItem(
                        Matchers.containsString("ska 5 kap. 65–67 och 69 §§ och 8 kap. 12 § tillämpas"))))
                .andExpect(jsonPath("$.provisions[?(@.ref == 'Lag (1930:173) 2 § första stycket')].version").value(hasItem("Lag (2015:643)")));
    }

    @Test
    void aRuleOnTheAnnouncementsOfAGemensamNamndCitesKl9Kap32AndTheAppealPeriod() throws Exception {
        mvc.perform(get("/api/v1/rules/KL-JOINT-ANNOUNCEMENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisions[?(@.ref == 'KL 9 kap. 32 §')].version").value(hasItem("Lag (2019:835)")))
                .andExpect(jsonPath("$.provisions[?(@.ref == 'KL 13 kap. 5 §')].text").value(hasItem(
                        Matchers.containsString("räknas från det att tillkännagivandet skett på anslagstavlorna i samtliga"))));
    }

    @Test
    void anUnknownRuleIs404() throws Exception {
        mvc.perform(get("/api/v1/rules/KL-NOTHING").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("There is no rule with id KL-NOTHING."));
    }
}
