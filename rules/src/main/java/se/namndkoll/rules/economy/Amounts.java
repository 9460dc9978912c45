package se.namndkoll.rules.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import se.namndkoll.rules.model.BudgetLine;
import se.namndkoll.rules.model.LineType;
import se.namndkoll.rules.model.PartyContribution;

/** Sums and comparisons of amounts in kronor. */
public final class Amounts {

    private Amounts() {
    }

    /** The sum of the lines of {@code type}; zero when there are none. */
    public static BigDecimal lineSum(List<BudgetLine> lines, LineType type) {
        return lines.stream().filter(l -> l.type() == type).map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether at least one line is of {@code type}. */
    public static boolean hasLines(List<BudgetLine> lines, LineType type) {
        return lines.stream().anyMatch(l -> l.type() == type);
    }

    /** The sum of what the parties pay; zero for an empty split. */
    public static BigDecimal sum(List<PartyContribution> split) {
        return split.stream().map(PartyContribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The smallest amount of the split, {@code null} when it is empty. */
    public static BigDecimal lowest(List<PartyContribution> split) {
        return split.stream().map(PartyContribution::amount).min(BigDecimal::compareTo).orElse(null);
    }

    /** The largest amount of the split, {@code null} when it is empty. */
    public static BigDecimal highest(List<PartyContribution> split) {
        return split.stream().map(PartyContribution::amount).max(BigDecimal::compareTo).orElse(null);
    }

    /** Whether every party of the split pays the same amount (true for an empty split). */
    public static boolean allEqual(List<PartyContribution> split) {
        BigDecimal lowest = lowest(split);
        return lowest == null || lowest.compareTo(highest(split)) == 0;
    }

    /**
     * Whether {@code total} divides into {@code parts} equal shares that are whole multiples of
     * {@code unit} (0.01 for öre, 1 for whole kronor).
     */
    public static boolean divisible(BigDecimal total, int parts, BigDecimal unit) {
        Objects.requireNonNull(total);
        if (parts <= 0 || unit.signum() <= 0) {
            throw new IllegalArgumentException("parts and unit must be positive");
        }
        BigDecimal units = total.divide(unit);
        if (units.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return units.toBigIntegerExact().mod(java.math.BigInteger.valueOf(parts)).signum() == 0;
    }

    /** One of {@code parts} equal shares of {@code total}, rounded half up to a multiple of {@code unit}. */
    public static BigDecimal share(BigDecimal total, int parts, BigDecimal unit) {
        BigDecimal units = total.divide(unit.multiply(BigDecimal.valueOf(parts)), 0, RoundingMode.HALF_UP);
        return units.multiply(unit);
    }

    /** {@code a − b}, reading {@code null} as zero. */
    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).subtract(b == null ? BigDecimal.ZERO : b);
    }
}
