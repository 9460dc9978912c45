/**
 * The engine's helpers as they were before the optimisations of issue #7 (copied from the commit
 * the perf branch started from), so that the optimisations benchmark can measure each one before and
 * after in the same run. Never used by the product.
 */
package se.namndkoll.bench.before;
