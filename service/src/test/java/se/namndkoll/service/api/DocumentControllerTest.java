package se.namndkoll.service.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.namndkoll.service.registry.CommitteeStore;

@ApiSliceTest
class DocumentControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitteeStore committees;

    @BeforeEach
    void registry() {
        Fixtures.stubRegistry(committees);
    }

    @Test
    void theExampleProtocolSentAsTextIsChecked() throws Exception {
        mvc.perform(post("/api/v1/documents/check").param("committee", "e-namnden-norrbotten").param("fileName", "protokoll.txt")
                        .contentType("text/plain;charset=UTF-8").content(Fixtures.exampleProtocol()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committeeId").value("e-namnden-norrbotten"))
                .andExpect(jsonPath("$.evaluationId").isString())
                .andExpect(jsonPath("$.verdict").isString())
                .andExpect(jsonPath("$.findings").isArray());
    }

    @Test
    void aBodyThatIsNotRegisteredIsNamedAsWrittenInTheRequestsLanguage() throws Exception {
        String text = "Gemensamma nämnden för upphandling\nPROTOKOLL\nSammanträdesdatum 2026-02-04\n"
                + "Beslutande Anna Ek (S), Per Lind (M), Eva Berg (C)\nJusterare Per Lind\n\n§ 1\nInformation\nBeslut\n"
                + "Nämnden lägger informationen till handlingarna.\n";
        mvc.perform(post("/api/v1/documents/check").contentType("text/plain;charset=UTF-8").content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committeeId").doesNotExist())
                .andExpect(jsonPath("$.body.name").value("Gemensamma nämnden för upphandling"))
                .andExpect(jsonPath("$.body.registered").value(false))
                .andExpect(jsonPath("$.body.label").value("Gemensamma nämnden för upphandling – inte registrerad"))
                .andExpect(jsonPath("$.verdict").value("INCOMPLETE"))
                .andExpect(jsonPath("$.rulesNotRun[*].ruleId").value(Matchers.hasItem("DOC-DISTRIBUTION")))
                .andExpect(jsonPath("$.rulesNotRun[*].missing[0]").value(Matchers.everyItem(
                        Matchers.is("COMMITTEE"))));
        mvc.perform(post("/api/v1/documents/check").header("Accept-Language", "en").contentType("text/plain;charset=UTF-8")
                        .content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(jsonPath("$.body.label").value("Gemensamma nämnden för upphandling – not registered"));
        mvc.perform(post("/api/v1/documents/check").param("committee", "e-namnden-norrbotten").contentType("text/plain;charset=UTF-8")
                        .content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(jsonPath("$.body.registered").value(true))
                .andExpect(jsonPath("$.body.label").value("Norrbottens e-nämnd"));
    }

    @Test
    void aFindingInAPdfGivesItsPage() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("..", "testcases", "corpus", "formats",
                "F-03-protokoll-orsa-kommunstyrelsen-2024-09-10.pdf"));
        mvc.perform(multipart("/api/v1/documents/check").file(new MockMultipartFile("file", "protokoll.pdf", "application/pdf", pdf))
                        .param("includeLines", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'KL-ANSLAG-TIMELY')].location.pointer").value("/protocol/noticePostedOn"))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'KL-ANSLAG-TIMELY')].location.line").isNotEmpty())
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'KL-ANSLAG-TIMELY')].location.page").value(Matchers.contains(
                        Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.lines[0].page").value(1));
    }

    @Test
    void anEmptyDocumentIsTheSameAnswerAsTextAndAsAFile() throws Exception {
        mvc.perform(post("/api/v1/documents/check").param("fileName", "tomt.txt").contentType("text/plain;charset=UTF-8")
                        .content(new byte[0]))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/unreadable-document"))
                .andExpect(jsonPath("$.detail").value("tomt.txt är tomt."));
        mvc.perform(multipart("/api/v1/documents/check").file(new MockMultipartFile("file", "tomt.txt", "text/plain", new byte[0])))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/unreadable-document"))
                .andExpect(jsonPath("$.detail").value("tomt.txt är tomt."));
    }

    @Test
    void withoutADateTheDocumentIsJudgedOnTheEvaluationDateGivenElseToday() throws Exception {
        mvc.perform(post("/api/v1/documents/check").param("evaluationDate", "2020-03-11").contentType(MediaType.TEXT_PLAIN)
                        .content("Protokoll\nSammanträdesdatum 2020-03-11\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluationDate").value("2020-03-11"));
        mvc.perform(post("/api/v1/documents/check").contentType(MediaType.TEXT_PLAIN).content("Protokoll\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluationDate").value("2026-11-25"));
    }

    @Test
    void aDocumentCanBeUploadedAsAFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "protokoll.txt", "text/plain", Fixtures.exampleProtocol());
        mvc.perform(multipart("/api/v1/documents/check").file(file).param("committee", "e-namnden-norrbotten"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committeeId").value("e-namnden-norrbotten"));
    }

    @Test
    void aLatin1TextIsReadByItsDeclaredCharset() throws Exception {
        mvc.perform(post("/api/v1/documents/check").contentType("text/plain;charset=ISO-8859-1")
                        .content("Nämnden sammanträder\n".getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isOk());
    }

    @Test
    void bytesThatAreNotTextAreAnUnreadableDocument() throws Exception {
        mvc.perform(post("/api/v1/documents/check").contentType(MediaType.TEXT_PLAIN).content(new byte[] {0x25, 0x50, 0x44, 0x46, (byte) 0xff, 0x00}))
                .andExpect(status().is(422))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/unreadable-document"));
    }

    @Test
    void anUnknownCommitteeParameterIs404() throws Exception {
        mvc.perform(post("/api/v1/documents/check").param("committee", "okand").contentType(MediaType.TEXT_PLAIN).content("Text\n"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/unknown-committee"))
                .andExpect(jsonPath("$.errors[0].parameter").value("committee"));
    }

    @Test
    void anImpossibleEvaluationDateParameterIsLocated() throws Exception {
        mvc.perform(post("/api/v1/documents/check").param("evaluationDate", "2020-13-45").contentType(MediaType.TEXT_PLAIN).content("Text\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://namndkoll.se/problems/validation"))
                .andExpect(jsonPath("$.errors[0].parameter").value("evaluationDate"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-date"));
    }

    @Test
    void aMalformedCommitteeParameterIsRejected() throws Exception {
        mvc.perform(post("/api/v1/documents/check").param("committee", "../etc").contentType(MediaType.TEXT_PLAIN).content("Text\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("committee"));
    }

    @Test
    void aMultipartWithoutTheFilePartIsAValidationError() throws Exception {
        mvc.perform(multipart("/api/v1/documents/check").file(new MockMultipartFile("other", "x.txt", "text/plain", new byte[] {65})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("file"));
    }

    @Test
    void jsonIsNotADocumentMediaType() throws Exception {
        mvc.perform(post("/api/v1/documents/check").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("text/plain")));
    }
}
