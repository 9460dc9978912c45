package se.namndkoll.service.api;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.namndkoll.documents.Body;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;
import se.namndkoll.rules.report.RuleNotRun;
import se.namndkoll.service.check.CheckOutcome;
import se.namndkoll.service.check.Comparison;
import se.namndkoll.service.check.DocumentCheckService;
import se.namndkoll.service.check.RuleCatalogueService;

/**
 * Reports to response bodies, with the texts in the request's language: the report of every
 * transport (HTTP, Kafka's replies, the bulk command's files).
 */
@Component
public class ReportMapper {

    private final RuleCatalogueService catalogue;

    public ReportMapper(RuleCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public Dtos.ReportResponse report(CheckOutcome outcome, Locale locale) {
        Report report = outcome.report();
        return new Dtos.ReportResponse(outcome.evaluationId(), outcome.committeeId(), report.evaluationDate(), report.verdict(),
                report.ruleSetVersion(), findings(report.findings(), locale), report.rulesEvaluated(), notRun(report.rulesNotRun(), locale));
    }

    static List<Dtos.RuleNotRunResponse> notRun(List<RuleNotRun> rules, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return rules.stream().map(r -> new Dtos.RuleNotRunResponse(r.ruleId(), english ? r.titleEn() : r.title(), r.missing(),
                english ? r.reasonEn() : r.reason())).toList();
    }

    /** A document's report: the body it belongs to and, when asked for, the document's lines. */
    public Dtos.ReportResponse report(DocumentCheckService.CheckedDocument document, boolean includeLines, Locale locale) {
        Dtos.ReportResponse r = report(document.outcome(), locale);
        Body body = document.body();
        Dtos.BodyResponse bodyResponse = body == null ? null : new Dtos.BodyResponse(body.name(), body.registered(), body.label(locale));
        List<Dtos.DocumentLine> lines = !includeLines ? null : document.lines().stream()
                .map(l -> new Dtos.DocumentLine(l.number(), l.page(), l.text())).toList();
        return new Dtos.ReportResponse(r.evaluationId(), r.committeeId(), r.evaluationDate(), r.verdict(), r.ruleSetVersion(),
                r.findings(), r.rulesEvaluated(), r.rulesNotRun(), bodyResponse, lines);
    }

    Dtos.CompareResponse comparison(Comparison comparison, Locale locale) {
        return new Dtos.CompareResponse(report(comparison.baseline(), locale), comparison.variants().stream()
                .map(v -> new Dtos.VariantResponse(v.name(), v.description(), report(v.outcome(), locale),
                        new Dtos.Difference(findings(v.added(), locale), findings(v.removed(), locale), findings(v.unchanged(), locale))))
                .toList());
    }

    List<Dtos.FindingResponse> findings(List<Finding> findings, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return findings.stream().map(f -> new Dtos.FindingResponse(f.ruleId(), f.variant(), f.severity(),
                catalogue.title(f.ruleId(), locale, f.title()), english ? f.messageEn() : f.message(), f.legalBasis(), f.provisions(), f.verified(),
                f.location(), f.facts(), f.factsFrom())).toList();
    }
}
