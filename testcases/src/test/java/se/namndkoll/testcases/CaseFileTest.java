package se.namndkoll.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How a case's committee patch combines with the file's base patch. */
class CaseFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNullCancelsTheBaseValueWhenTheBaseSetsTheField() throws Exception {
        JsonNode combined = CaseFile.TestCase.overlay(json("{\"hostPartyId\":\"boden\",\"name\":\"X\"}"), json("{\"hostPartyId\":null}"));
        assertThat(combined).isEqualTo(json("{\"name\":\"X\"}"));
    }

    @Test
    void aNullIsKeptToRemoveTheReferenceValueWhenTheBaseDoesNotSetTheField() throws Exception {
        JsonNode combined = CaseFile.TestCase.overlay(json("{\"name\":\"X\"}"), json("{\"hostPartyId\":null}"));
        assertThat(combined.has("hostPartyId")).isTrue();
        assertThat(combined.get("hostPartyId").isNull()).isTrue();
        assertThat(CaseFile.TestCase.overlay(null, json("{\"hostPartyId\":null}")).get("hostPartyId").isNull()).isTrue();
    }

    @Test
    void nestedObjectsCombineFieldByField() throws Exception {
        JsonNode combined = CaseFile.TestCase.overlay(json("{\"chair\":{\"person\":\"A\",\"electedBy\":\"COMMITTEE\"}}"),
                json("{\"chair\":{\"electedBy\":\"HOST_COUNCIL\"}}"));
        assertThat(combined).isEqualTo(json("{\"chair\":{\"person\":\"A\",\"electedBy\":\"HOST_COUNCIL\"}}"));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
