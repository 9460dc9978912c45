package se.namndkoll.rules.model;

/**
 * What a reglemente or samverkansavtal/överenskommelse of a gemensam nämnd regulates (seed 004
 * ch. 9.3, 9.4, 10, 11; docs/legal/gemensam-namnd.md and docs/legal/ekonomi.md). The checklist rules AGR-CHECKLIST-* and
 * REGL-CHECKLIST-* report topics a document leaves out.
 */
public enum RegulationTopic {
    /** Which kommuner/regioner are parties. */
    PARTIES,
    /** How many ledamöter and ersättare each party appoints. */
    REPRESENTATION,
    /** The host (värdkommun/värdregion) in whose organisation the nämnd sits. */
    HOST,
    /** Election of ordförande and vice ordförande. */
    CHAIR,
    /** The budget, prepared in samråd with the parties. */
    BUDGET,
    /** How the costs are shared (fördelningsnyckel). */
    COST_ALLOCATION,
    /** How a surplus or deficit (över-/underskott) is settled. */
    SURPLUS_DEFICIT,
    /** Revision and ansvarsprövning, insyn. */
    AUDIT,
    /** Termination (uppsägning, upphörande, avveckling). */
    TERMINATION
}
