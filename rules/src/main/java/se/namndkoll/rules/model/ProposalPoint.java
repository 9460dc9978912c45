package se.namndkoll.rules.model;

import jakarta.validation.constraints.Size;

/**
 * One numbered point of a förslag till beslut.
 *
 * @param number the point's number, {@code null} when unnumbered
 * @param text the proposed decision text
 */
public record ProposalPoint(Integer number, @Size(max = Limits.LONG_TEXT) String text) {
}
