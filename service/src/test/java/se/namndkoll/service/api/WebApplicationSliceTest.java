package se.namndkoll.service.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndkoll.service.registry.CommitteeStore;

/**
 * What the web application adds to the service: the pages with their security headers, the rules'
 * examples, and a document's lines in its report.
 */
@ApiSliceTest
class WebApplicationSliceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;

    @BeforeEach
    void registry() {
        Fixtures.stubRegistry(committees);
    }

    @Test
    void thePagesAreServedWithAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<script type=\"module\" src=\"/js/app.js\"></script>")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/js/app.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theApiAnswersWithAPolicyThatAllowsNothingAndKeepsItsOwnHeaders() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Language", "sv"));
        mvc.perform(get("/api/v1/committees/nope"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aRuleHasItsTestCasesAsExamplesSayingWhetherItFires() throws Exception {
        mvc.perform(get("/api/v1/rules/KL-QUORUM/examples"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(5)))
                .andExpect(jsonPath("$[*].file", everyItem(is("kl/kl-06-27-beslutforhet.yaml"))))
                .andExpect(jsonPath("$[?(@.name == 'Sju närvarande av fjorton ledamöter är exakt hälften och nämnden är inte beslutför')].fires",
                        hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == 'Sju närvarande av fjorton ledamöter är exakt hälften och nämnden är inte beslutför')].severities[0]",
                        hasItem("ERROR")))
                .andExpect(jsonPath("$[?(@.name == 'Åtta närvarande av fjorton ledamöter är mer än hälften och nämnden är beslutför')].fires",
                        hasItem(false)))
                .andExpect(jsonPath("$[0].committee").value("e-namnden-norrbotten"))
                .andExpect(jsonPath("$[*].evaluated", hasItem(true)));
    }

    @Test
    void theExamplesOfAnUnknownRuleAre404() throws Exception {
        mvc.perform(get("/api/v1/rules/NO-SUCH-RULE/examples"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aDocumentReportCarriesTheDocumentsLinesOnlyWhenAskedFor() throws Exception {
        String text = "Kallelse\nFakturering av parterna sker i xxx 2020.\n";
        mvc.perform(post("/api/v1/documents/check").param("includeLines", "true").param("evaluationDate", "2020-01-10")
                        .contentType("text/plain;charset=UTF-8").content(text))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[1].number").value(2))
                .andExpect(jsonPath("$.lines[1].text").value("Fakturering av parterna sker i xxx 2020."));
        mvc.perform(post("/api/v1/documents/check").param("evaluationDate", "2020-01-10")
                        .contentType("text/plain;charset=UTF-8").content(text))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").doesNotExist());
    }
}
