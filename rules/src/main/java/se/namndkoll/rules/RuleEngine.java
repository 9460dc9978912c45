package se.namndkoll.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.drools.ruleunits.api.DataObserver;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.impl.ReteEvaluatorBasedRuleUnitInstance;
import org.kie.api.definition.rule.Rule;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModels;
import org.kie.kogito.rules.RuleUnits;
import se.namndkoll.rules.decisions.CaseFacts;
import se.namndkoll.rules.decisions.DecisionRunner;
import se.namndkoll.rules.decisions.DecisionStep;
import se.namndkoll.rules.decisions.DecisionSteps;
import se.namndkoll.rules.engine.Evaluation;
import se.namndkoll.rules.engine.FactLoader;
import se.namndkoll.rules.engine.FindingAssembler;
import se.namndkoll.rules.engine.FindingDraft;
import se.namndkoll.rules.engine.Locator;
import se.namndkoll.rules.engine.Messages;
import se.namndkoll.rules.engine.RuleCatalogue;
import se.namndkoll.rules.engine.RuleFiles;
import se.namndkoll.rules.engine.Scope;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.model.SourceSpan;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.model.TextLine;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Location;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.report.RuleDescriptor;
import se.namndkoll.rules.report.RuleNotRun;

/**
 * The engine: hand in a {@link Case}, get back a {@link Report} with every finding and its legal
 * basis. The DMN models and DRL rules are compiled to Java at build time by Kogito; creating the
 * engine loads them once, and {@link #check(Case)} is thread-safe.
 */
public final class RuleEngine {

    private final RuleUnit<CheckUnit> ruleUnit;
    private final DecisionRunner decisions;
    private final List<DecisionStep> steps;
    private final Messages messages;
    private final FindingAssembler assembler;
    private final RuleCatalogue catalogue;
    private final String ruleSetVersion;

    private RuleEngine() {
        Application application = generatedApplication();
        this.ruleUnit = application.get(RuleUnits.class).create(CheckUnit.class);
        this.decisions = new DecisionRunner(application.get(DecisionModels.class));
        this.steps = DecisionSteps.all();
        this.messages = Messages.load();
        this.assembler = new FindingAssembler(messages);
        RuleFiles files = RuleFiles.load();
        this.ruleSetVersion = files.version();
        this.catalogue = RuleCatalogue.build(compiledRules(), messages, files);
    }

    /** Loads the compiled rule set. Takes about a second; create one engine and share it. */
    public static RuleEngine create() {
        return new RuleEngine();
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /**
     * Checks a case.
     *
     * @throws IllegalArgumentException when the case has no evaluation date and none can be read
     *     from its protocol, agenda or decisions
     */
    public Report check(Case input) {
        LocalDate date = input.effectiveDate().orElseThrow(() -> new IllegalArgumentException(
                "The case has no evaluationDate and no dated protocol, agenda or decision to take it from"));
        Optional<TermsVersion> terms = input.committee() == null ? Optional.empty() : input.committee().termsOn(date);

        Locator locator = new Locator();
        CheckUnit data = new CheckUnit();
        List<FindingDraft> drafts = new ArrayList<>();
        data.getFindings().subscribe(DataObserver.of(drafts::add));
        FactLoader loader = new FactLoader(locator, data);
        boolean provisional = input.provisionalCommittee();
        loader.load(input, new Evaluation(date, provisional), terms.orElse(null));

        CaseFacts facts = new CaseFacts(input, date, terms, locator);
        for (DecisionStep step : steps) {
            step.apply(facts, decisions, data);
        }
        RuleUnitInstance<CheckUnit> instance = ruleUnit.createInstance(data);
        try {
            instance.fire();
        } finally {
            instance.close();
        }

        List<String> evaluated = new ArrayList<>();
        List<RuleNotRun> notRun = new ArrayList<>();
        for (RuleDescriptor rule : catalogue.rules()) {
            if (Scope.satisfies(input, terms.isPresent(), loader.hasText(), rule.requires())) {
                evaluated.add(rule.id());
            } else {
                List<String> missing = Scope.missingCommitteeParts(input, terms.isPresent(), loader.hasText(), rule.requires());
                if (!missing.isEmpty()) {
                    notRun.add(notRun(rule, missing));
                }
            }
        }
        List<Finding> findings = new ArrayList<>(drafts.size());
        for (FindingDraft draft : drafts) {
            findings.add(assembler.assemble(draft, locator, provisional));
        }
        return new Report(date, arrange(findings, input.document()), evaluated, notRun, ruleSetVersion);
    }

    private RuleNotRun notRun(RuleDescriptor rule, List<String> missing) {
        return new RuleNotRun(rule.id(), rule.title(), rule.titleEn(), missing,
                missingInWords(missing, Messages.SWEDISH, " och "), missingInWords(missing, Messages.ENGLISH, " and "));
    }

    private String missingInWords(List<String> missing, Locale locale, String and) {
        List<String> words = missing.stream().map(part -> messages.render("requires." + part, Map.of(), locale)).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + and + words.get(words.size() - 1);
    }

    /** Removes exact repeats, adds document line numbers and sorts: most severe first. */
    private static List<Finding> arrange(List<Finding> raw, SourceDocument document) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : raw) {
            unique.putIfAbsent(f.ruleId() + "|" + f.variant() + "|" + f.location().pointer(), withLines(f, document));
        }
        List<Finding> result = new ArrayList<>(unique.values());
        result.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.location().line() == null ? Integer.MAX_VALUE : f.location().line())
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> f.location().pointer()));
        return result;
    }

    private static Finding withLines(Finding f, SourceDocument document) {
        if (document == null) {
            return f;
        }
        String pointer = f.location().pointer();
        Integer line = directLine(pointer, document);
        Integer lineEnd = null;
        if (line == null) {
            SourceSpan best = null;
            for (SourceSpan span : document.sourceMap()) {
                if ((pointer.equals(span.pointer()) || pointer.startsWith(span.pointer() + "/"))
                        && (best == null || span.pointer().length() > best.pointer().length())) {
                    best = span;
                }
            }
            if (best != null) {
                line = best.line();
                lineEnd = best.lineEnd();
            }
        }
        return line == null ? f : f.withLocation(f.location().withLines(pageOf(line, document), line, lineEnd));
    }

    /** The page of a line of the document, when its format has pages. */
    private static Integer pageOf(int line, SourceDocument document) {
        List<TextLine> lines = document.lines();
        // Lines are numbered from 1 in order, usually one per index; fall back to a search.
        if (line >= 1 && line <= lines.size() && lines.get(line - 1).number() == line) {
            return lines.get(line - 1).page();
        }
        for (TextLine l : lines) {
            if (l.number() == line) {
                return l.page();
            }
        }
        return null;
    }

    private static Integer directLine(String pointer, SourceDocument document) {
        String[] parts = pointer.split("/");
        if (parts.length >= 4 && parts[1].equals("document")) {
            try {
                int index = Integer.parseInt(parts[3]);
                return switch (parts[2]) {
                    case "lines" -> index < document.lines().size() ? document.lines().get(index).number() : null;
                    case "fields" -> index < document.fields().size() ? document.fields().get(index).line() : null;
                    case "dates" -> index < document.dates().size() ? document.dates().get(index).line() : null;
                    default -> null;
                };
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The application class Kogito generates from the rule files. It is compiled after this class
     * (code generation needs the compiled fact model), hence the lookup by name.
     */
    private static Application generatedApplication() {
        try {
            return (Application) Class.forName("org.kie.kogito.app.Application").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The rule set was not compiled: Kogito's generated application is missing", e);
        }
    }

    private List<Rule> compiledRules() {
        RuleUnitInstance<CheckUnit> probe = ruleUnit.createInstance(new CheckUnit());
        try {
            List<Rule> rules = new ArrayList<>();
            for (var pkg : ((ReteEvaluatorBasedRuleUnitInstance<?>) probe).getEvaluator().getKnowledgeBase().getPackages()) {
                rules.addAll(pkg.getRules());
            }
            return rules;
        } finally {
            probe.close();
        }
    }
}
