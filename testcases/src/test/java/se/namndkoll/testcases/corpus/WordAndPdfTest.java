package se.namndkoll.testcases.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Word fixtures the project wrote in the common municipal templates (testcases/corpus/formats)
 * and the PDFs exported from them: the facts read from each, in both formats, equal the labels,
 * every finding the label expects is reported and none it forbids. These documents lie in the
 * clone, so this test always runs.
 */
class WordAndPdfTest {

    @Test
    void theFactsReadFromTheWordFileAndFromItsPdfEqualTheLabel() {
        List<Corpus.Written> written = Corpus.synthetic().stream()
                .filter(w -> w.label().path().getParent().getFileName().toString().equals("formats")).toList();
        assertThat(written.stream().filter(w -> w.name().endsWith(".docx"))).as("Word fixtures").hasSizeGreaterThanOrEqualTo(20);
        assertThat(written.stream().filter(w -> w.name().endsWith(".pdf"))).as("their PDF exports").hasSizeGreaterThanOrEqualTo(20);
        List<String> wrong = new ArrayList<>();
        for (Corpus.Written w : written) {
            DocumentResult r = DocumentResult.compare(w.label(), w.name(), "formats", Corpus.observe(w.document()));
            if (!r.kindRight()) {
                wrong.add(w.name() + ": kind " + r.readKind() + ", label " + r.label().mainKind());
            }
            if (r.attribution() != DocumentResult.Attribution.RIGHT) {
                wrong.add(w.name() + ": committee " + r.attribution());
            }
            r.fields().forEach((field, o) -> {
                if (!o.agrees()) {
                    wrong.add(w.name() + ": " + field.key + " read " + o.observed() + ", label " + o.expected());
                }
            });
            r.mustMissed().forEach(e -> wrong.add(w.name() + ": expected finding not reported: " + e));
            r.falseFindings().forEach(f -> wrong.add(w.name() + ": false finding " + f.ruleId() + "/" + f.severity() + "/" + f.variant()));
        }
        assertThat(wrong).as("what the Word files and their PDFs give against their labels").isEmpty();
    }
}
