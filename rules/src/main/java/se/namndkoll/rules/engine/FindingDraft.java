package se.namndkoll.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule's consequence reports. The rule names only its outcome and the facts behind it; id,
 * severity and legal basis come from the rule's own metadata, the texts from the message bundles,
 * and the location from where the engine inserted the fact:
 * <pre>
 * findings.add(FindingDraft.of(drools.getRule(), "late").at($p, "/noticePostedOn")
 *     .fact("posted", $p.noticePostedOn()));
 * </pre>
 */
public final class FindingDraft {

    /** The citation a rule names when the reglemente's clause number is not known. */
    public static final String GENERIC_REGLEMENTE = "Reglemente";
    /** The citation a rule names when the agreement's clause number is not known. */
    public static final String GENERIC_AGREEMENT = "Samverkansavtal/överenskommelse";

    private final RuleMeta meta;
    private final String variant;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<String> legalBasis;
    private Object target;
    private String pointer = "";

    private FindingDraft(RuleMeta meta, String variant) {
        this.meta = meta;
        this.variant = variant;
        this.legalBasis = new ArrayList<>(meta.legalBasis());
    }

    public static FindingDraft of(Rule rule, String variant) {
        return new FindingDraft(RuleMeta.cached(rule), variant);
    }

    /** A finding of a rule given by a table row (the checklist's), not by the DRL rule that applies the table. */
    public static FindingDraft of(RuleMeta meta, String variant) {
        return new FindingDraft(meta, variant);
    }

    /** The finding is about {@code fact} as a whole. */
    public FindingDraft at(Object fact) {
        return at(fact, "");
    }

    /** The finding is about a field or element of {@code fact} ("/noticePostedOn"). */
    public FindingDraft at(Object fact, String subPointer) {
        this.target = fact;
        this.pointer = subPointer;
        return this;
    }

    /** The finding is at an absolute JSON Pointer into the case. */
    public FindingDraft atPointer(String absolutePointer) {
        this.target = null;
        this.pointer = absolutePointer;
        return this;
    }

    /** A figure behind the finding, shown to the user and usable in the message template. */
    public FindingDraft fact(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    /**
     * Replaces the generic "Reglemente" or "Samverkansavtal/överenskommelse" citation of the rule
     * with the exact clause ("Reglemente § 7") when the committee's terms state it.
     */
    public FindingDraft clause(String reference) {
        if (reference != null && !reference.isBlank()) {
            for (int i = 0; i < legalBasis.size(); i++) {
                String b = legalBasis.get(i);
                if (b.equals(GENERIC_REGLEMENTE) || b.equals(GENERIC_AGREEMENT)) {
                    legalBasis.set(i, reference.trim());
                    return this;
                }
            }
            legalBasis.add(reference.trim());
        }
        return this;
    }

    public RuleMeta meta() {
        return meta;
    }

    public String variant() {
        return variant;
    }

    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    public List<String> legalBasis() {
        return Collections.unmodifiableList(legalBasis);
    }

    /** The fact the finding is about, or {@code null} when the pointer is absolute. */
    public Object target() {
        return target;
    }

    /** The pointer relative to {@link #target()}, or absolute when there is no target. */
    public String pointer() {
        return pointer;
    }
}
