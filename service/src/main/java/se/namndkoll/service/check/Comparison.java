package se.namndkoll.service.check;

import java.util.List;
import se.namndkoll.rules.report.Finding;

/**
 * A what-if: the baseline's outcome and each variant's, with what changed.
 *
 * @param baseline the baseline arrangement's outcome
 * @param variants each variant's outcome and difference, in the order given
 */
public record Comparison(CheckOutcome baseline, List<VariantOutcome> variants) {

    /**
     * @param name the variant's name
     * @param description the variant's description, optional
     * @param outcome its check
     * @param added findings the variant has and the baseline has not
     * @param removed findings the baseline has and the variant has not
     * @param unchanged findings both have (as reported for the variant)
     */
    public record VariantOutcome(String name, String description, CheckOutcome outcome, List<Finding> added,
            List<Finding> removed, List<Finding> unchanged) {
    }
}
