package se.namndkoll.rules.decisions;

/**
 * How many ledamöter must be present for the committee to be beslutför (kl-beslutforhet.dmn).
 *
 * @param seats the number of ledamot seats
 * @param minimumPresent the least number present (ledamöter and serving ersättare) that is more than half
 */
public record QuorumRequirement(int seats, int minimumPresent) {
}
