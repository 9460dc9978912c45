package se.namndkoll.service.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.service.NotFoundException;

/** The one case resolution of the API, Kafka and the command line, without Spring. */
class CaseReaderTest {

    private final ObjectMapper json = RulesJson.mapper();
    private final CaseReader reader = new CaseReader(json, CaseReader.Committees.of(ReferenceCommittees.all()));

    private JsonNode body(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void aCommitteeIdIsResolvedAndAnInlineCommitteeIsAMergePatchOverIt() throws Exception {
        ResolvedCase resolved = reader.read(body("""
                {"evaluationDate": "2020-03-11", "committeeId": "e-namnden-norrbotten", "committee": {"name": "Annat namn"}}"""), "");
        assertThat(resolved.committeeId()).isEqualTo("e-namnden-norrbotten");
        assertThat(resolved.committeeVersion()).isNull();
        assertThat(resolved.input().committee().name()).isEqualTo("Annat namn");
        assertThat(resolved.input().committee().parties()).isNotEmpty();
    }

    @Test
    void anUnknownCommitteeIsNotFoundWhereTheRequestNamesIt() {
        assertThatThrownBy(() -> reader.read(body("{\"evaluationDate\": \"2020-03-11\", \"committeeId\": \"ingen\"}"), "/baseline"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.id()).isEqualTo("ingen");
                    assertThat(e.pointer()).isEqualTo("/baseline/committeeId");
                });
    }

    @Test
    void theEvaluationDateIsRequiredUnlessTheCallerSetsIt() throws Exception {
        JsonNode undated = body("{\"committeeId\": \"e-namnden-norrbotten\"}");
        assertThatThrownBy(() -> reader.read(undated, "")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InputError::pointer, InputError::code)
                        .containsExactly(Tuple.tuple("/evaluationDate", "evaluation-date-missing")));
        LocalDate asOf = LocalDate.of(2021, 5, 4);
        assertThat(reader.read(undated, "", asOf).input().evaluationDate()).isEqualTo(asOf);
        assertThat(reader.read(body("{\"evaluationDate\": \"2020-03-11\"}"), "", asOf).input().evaluationDate()).isEqualTo(asOf);
    }

    @Test
    void aCommitteeSentOnItsOwnMustHaveTheIdItIsSentUnder() throws Exception {
        JsonNode committee = json.valueToTree(ReferenceCommittees.all().get(0));
        String id = ReferenceCommittees.all().get(0).id();
        assertThat(reader.committee(committee, id).id()).isEqualTo(id);
        assertThat(reader.committee(committee, null).id()).isEqualTo(id);
        assertThatThrownBy(() -> reader.committee(committee, "annan")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InputError::code).containsExactly("id-mismatch"));
        assertThatThrownBy(() -> reader.committee(json.readTree("[]"), null)).isInstanceOf(InvalidInputException.class);
    }
}
