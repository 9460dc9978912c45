package se.namndkoll.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.namndkoll.rules.model.ActivityMeasure;
import se.namndkoll.rules.model.SupplierForm;

/**
 * Keeps lou-03-intern-upphandling.dmn in step with the Java model (the allowed values mirror the
 * enums) and with the catalogue conventions (every row names its citation and rule id), and
 * checks that it stays plain enough for any DMN engine: only simple unary tests.
 */
class LouExemptionModelTest {

    private static final String FILE = "se/namndkoll/rules/lou/lou-03-intern-upphandling.dmn";
    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static Document dmn;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = LouExemptionModelTest.class.getClassLoader().getResourceAsStream(FILE)) {
            dmn = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void theNamespaceAndNameAreTheOnesTheStepUses() {
        Element root = dmn.getDocumentElement();
        assertThat(root.getAttribute("namespace")).isEqualTo(DmnModels.LOU_EXEMPTIONS.namespace());
        assertThat(root.getAttribute("name")).isEqualTo(DmnModels.LOU_EXEMPTIONS.name());
    }

    @Test
    void allowedValuesMirrorTheJavaEnums() {
        assertThat(allowedValues("tSupplierForm")).containsExactlyElementsOf(names(SupplierForm.values()));
        List<String> measures = names(ActivityMeasure.values());
        measures.add("null");
        assertThat(allowedValues("tActivityMeasure")).containsExactlyElementsOf(measures);
        assertThat(allowedValues("tCriterion")).containsExactlyElementsOf(names(CriterionOutcome.values()));
    }

    @Test
    void everyRowNamesItsCitationAndRuleId() {
        NodeList rules = dmn.getElementsByTagNameNS(DMN, "rule");
        assertThat(rules.getLength()).isGreaterThan(0);
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            String annotation = rule.getElementsByTagNameNS(DMN, "annotationEntry").item(0).getTextContent();
            assertThat(annotation).as(rule.getAttribute("id")).contains("LOU 3 kap.").containsPattern("LOU-[A-Z-]+");
        }
    }

    @Test
    void inputEntriesAreSimpleUnaryTests() {
        Pattern simple = Pattern.compile("-|null|true|false|\"[A-Z_]+\"|(?:[<>]=? )?[0-9]+(?:\\.[0-9]+)?");
        NodeList entries = dmn.getElementsByTagNameNS(DMN, "inputEntry");
        for (int i = 0; i < entries.getLength(); i++) {
            String text = entries.item(i).getTextContent().trim();
            assertThat(text).as(((Element) entries.item(i)).getAttribute("id")).matches(simple);
        }
    }

    private static List<String> allowedValues(String itemDefinition) {
        NodeList defs = dmn.getElementsByTagNameNS(DMN, "itemDefinition");
        for (int i = 0; i < defs.getLength(); i++) {
            Element def = (Element) defs.item(i);
            if (def.getAttribute("name").equals(itemDefinition)) {
                String text = def.getElementsByTagNameNS(DMN, "allowedValues").item(0).getTextContent();
                List<String> values = new ArrayList<>();
                Matcher m = Pattern.compile("\"([^\"]*)\"|null").matcher(text);
                while (m.find()) {
                    values.add(m.group(1) == null ? "null" : m.group(1));
                }
                return values;
            }
        }
        throw new AssertionError("No item definition " + itemDefinition);
    }

    private static List<String> names(Enum<?>[] values) {
        return new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
    }
}
