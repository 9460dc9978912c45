package se.namndkoll.service.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.namndkoll.service.registry.CommitteeStore;

/** POST /api/v1/committees/drafts: a committee drafted from its governing documents, and what is refused. */
@ApiSliceTest
class CommitteeDraftControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;

    @BeforeEach
    void registry() {
        Mockito.reset(committees);
        Fixtures.stubRegistry(committees);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CommitteeDraftControllerTest.class.getResourceAsStream("/drafts/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aReglementeUploadedGivesTheDraftWithTheLinesOfEachFact() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "reglemente.txt", "text/plain", fixture("reglemente-lonenamnd.txt"));
        mvc.perform(multipart("/api/v1/committees/drafts").file(file).param("includeLines", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committee.id").value("adalens-gemensamma-lonenamnd"))
                .andExpect(jsonPath("$.committee.form").value("GEMENSAM_NAMND"))
                .andExpect(jsonPath("$.committee.hostPartyId").value("harnosand"))
                .andExpect(jsonPath("$.committee.parties.length()").value(3))
                .andExpect(jsonPath("$.committee.seats.length()").value(12))
                .andExpect(jsonPath("$.committee.terms[0].validFrom").value("2024-01-01"))
                .andExpect(jsonPath("$.committee.terms[0].noticeDaysBefore").value(7))
                .andExpect(jsonPath("$.provenance[?(@.pointer == '/hostPartyId')].line").value(hasItem(12)))
                .andExpect(jsonPath("$.provenance[?(@.pointer == '/hostPartyId')].file").value(hasItem("reglemente.txt")))
                .andExpect(jsonPath("$.unresolved.length()").value(0))
                .andExpect(jsonPath("$.files[0].name").value("reglemente.txt"))
                .andExpect(jsonPath("$.files[0].kinds[0]").value("REGLEMENTE"))
                .andExpect(jsonPath("$.files[0].lines[11].text").value(startsWith("Härnösands kommun är värdkommun")))
                .andExpect(jsonPath("$.rulesEvaluated").value(hasItem("KL-JOINT-SUBSTITUTE-COUNT")))
                .andExpect(jsonPath("$.findings.length()").value(0));
        verify(committees, never()).insert(any(), anyString(), any());
    }

    @Test
    void aDraftAsTextSaysWhatItLacksAndWhatTheRulesFindInIt() throws Exception {
        String text = "Förbundsordning för Testförbundet\n\nMedlemmar i förbundet är Ale, Lerums och Partille kommuner.\n"
                + "Förbundet är ett kommunalförbund med förbundsdirektion.\nDirektionen består av nio ledamöter och åtta ersättare.\n";
        mvc.perform(post("/api/v1/committees/drafts").contentType("text/plain;charset=UTF-8").content(text.getBytes(StandardCharsets.UTF_8))
                        .param("fileName", "forbundsordning.txt").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committee.form").value("KOMMUNALFORBUND"))
                .andExpect(jsonPath("$.committee.assembly").value("DIREKTION"))
                .andExpect(jsonPath("$.unresolved[?(@.pointer == '/seats')].code").value(hasItem("total-only")))
                .andExpect(jsonPath("$.unresolved[?(@.pointer == '/seats')].message").value(hasItem(containsString("9 members and 8 substitutes"))))
                .andExpect(jsonPath("$.files[0].lines").doesNotExist());
    }

    @Test
    void aProtocolSentAsAReglementeIs422WithTheReason() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "protokoll.txt", "text/plain", fixture("protokoll-lonenamnd.txt"));
        mvc.perform(multipart("/api/v1/committees/drafts").file(file))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/not-governing-text"))
                .andExpect(jsonPath("$.detail").value(containsString("protokoll.txt är ett protokoll, inte ett reglemente")))
                .andExpect(jsonPath("$.file").value("protokoll.txt"));
    }

    @Test
    void anEmptyFileIs422AndNoFileIs400() throws Exception {
        mvc.perform(multipart("/api/v1/committees/drafts").file(new MockMultipartFile("file", "tom.txt", "text/plain", new byte[0])))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/unreadable-document"));
        mvc.perform(multipart("/api/v1/committees/drafts").file(new MockMultipartFile("other", "x.txt", "text/plain", new byte[] {65})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("file"));
        mvc.perform(post("/api/v1/committees/drafts").contentType("text/plain").content(new byte[0]))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aDraftWithAPartyTwiceIsRefusedAndNothingIsWritten() throws Exception {
        String twice = """
                {"id": "dubbel", "name": "Dubbelnämnden", "form": "GEMENSAM_NAMND", "hostPartyId": "harnosand",
                 "parties": [{"id": "harnosand", "name": "Härnösands kommun", "kind": "KOMMUN"},
                             {"id": "kramfors", "name": "Kramfors kommun", "kind": "KOMMUN"},
                             {"id": "harnosand-2", "name": "Härnösand", "kind": "KOMMUN"}]}""";
        mvc.perform(put("/api/v1/committees/dubbel").contentType(MediaType.APPLICATION_JSON).content(twice))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/parties/2/name"))
                .andExpect(jsonPath("$.errors[0].code").value("UniqueParties"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("bara anges en gång")));
        verify(committees, never()).insert(any(), anyString(), any());
        verify(committees, never()).update(any(), anyLong(), anyString(), any());
    }
}
