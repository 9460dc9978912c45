package se.namndkoll.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.CostAllocation;
import se.namndkoll.rules.model.ExemptionClaimed;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.SupplierForm;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.rules.report.Verdict;

/**
 * The lists of the web application that mirror Java enums (the forms, party kinds and choices the
 * forms offer, the order of severities) and the dictionary's text for each enum value are checked
 * against the Java enums, as the message dictionaries are checked against each other
 * ({@link StaticFilesTest}). A value added to an enum fails here until the page offers it and
 * names it; the report lists every difference at once.
 */
class JavaScriptEnumsSyncTest {

    /** A JavaScript list that mirrors a Java enum: its file, its name, and whether its order is the enum's. */
    private record Mirror(String file, String constant, Class<? extends Enum<?>> type, boolean ordered) {
    }

    private static final List<Mirror> MIRRORS = List.of(
            new Mirror("js/ui.js", "SEVERITY_ORDER", Severity.class, true),
            new Mirror("js/committee-form.js", "FORMS", CooperationForm.class, false),
            new Mirror("js/committee-form.js", "PARTY_KINDS", PartyKind.class, false),
            new Mirror("js/committee-form.js", "COST_ALLOCATIONS", CostAllocation.class, false),
            new Mirror("js/committee-form.js", "CARRY_OVER", CarryOverRule.class, false),
            new Mirror("js/pages/arrangements.js", "SUPPLIER_FORMS", SupplierForm.class, false),
            new Mirror("js/pages/arrangements.js", "EXEMPTIONS", ExemptionClaimed.class, false));

    /** Dictionary key prefixes under which every value of an enum has its text ("form.BOLAG"). */
    private record Named(String prefix, Class<? extends Enum<?>> type) {
    }

    private static final List<Named> NAMED = List.of(
            new Named("severity.", Severity.class),
            new Named("severity.group.", Severity.class),
            new Named("verdict.", Verdict.class),
            new Named("verdict.long.", Verdict.class),
            new Named("form.", CooperationForm.class),
            new Named("partyKind.", PartyKind.class),
            new Named("costAllocation.", CostAllocation.class),
            new Named("carryOver.", CarryOverRule.class),
            new Named("supplierForm.", SupplierForm.class),
            new Named("exemption.", ExemptionClaimed.class));

    @Test
    void theListsOfTheWebApplicationHoldExactlyTheValuesOfTheirJavaEnums() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Mirror mirror : MIRRORS) {
            List<String> js = list(mirror.file(), mirror.constant());
            List<String> java = names(mirror.type());
            String where = mirror.file() + " " + mirror.constant() + " (" + mirror.type().getSimpleName() + ")";
            Set<String> missing = new LinkedHashSet<>(java);
            missing.removeAll(js);
            Set<String> unknown = new LinkedHashSet<>(js);
            unknown.removeAll(java);
            if (!missing.isEmpty()) {
                differences.add(where + ": missing " + missing);
            }
            if (!unknown.isEmpty()) {
                differences.add(where + ": not in the enum " + unknown);
            }
            if (mirror.ordered() && missing.isEmpty() && unknown.isEmpty() && !js.equals(java)) {
                differences.add(where + ": order " + js + ", the enum's " + java);
            }
        }
        assertThat(differences).as("JavaScript lists that differ from their Java enums").isEmpty();
    }

    @Test
    void theTermsFlagsOfTheFormAreTheBooleanTermsOfTheFactModel() throws IOException {
        List<String> java = Arrays.stream(TermsVersion.class.getRecordComponents())
                .filter(c -> c.getType() == Boolean.class || c.getType() == boolean.class).map(c -> c.getName()).toList();
        assertThat(list("js/committee-form.js", "TERMS_FLAGS")).containsExactlyInAnyOrderElementsOf(java);
    }

    @Test
    void everyEnumValueThePagesShowHasItsTextInTheDictionary() throws IOException {
        String dictionary = read("js/i18n/sv.js");
        List<String> missing = new ArrayList<>();
        for (Named named : NAMED) {
            for (String value : names(named.type())) {
                if (!dictionary.contains("'" + named.prefix() + value + "':")) {
                    missing.add(named.prefix() + value);
                }
            }
        }
        assertThat(missing).as("dictionary keys missing for enum values").isEmpty();
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** The string elements of {@code const NAME = ['A', 'B'];} in a script of the web application. */
    private static List<String> list(String file, String constant) throws IOException {
        Matcher m = Pattern.compile("(?m)^(?:export\\s+)?const\\s+" + constant + "\\s*=\\s*\\[([^\\]]*)\\]").matcher(read(file));
        assertThat(m.find()).as(file + " declares " + constant).isTrue();
        List<String> values = new ArrayList<>();
        Matcher value = Pattern.compile("'([^']*)'").matcher(m.group(1));
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static String read(String path) throws IOException {
        try (InputStream in = new ClassPathResource("static/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
