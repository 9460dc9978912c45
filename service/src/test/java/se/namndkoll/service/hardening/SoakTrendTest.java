package se.namndkoll.service.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend {@link SoakIT} asserts on the live heap: a median slope, which one outlying sample does not make a leak. */
class SoakTrendTest {

    @Test
    void aFlatLiveHeapWithOneSampleCaughtMidBurstHasNoTrend() {
        // 60 s, seven samples of 52 ± 1 MB, the last one with 30 MB of requests in flight.
        List<double[]> live = List.of(p(0, 52), p(10, 53), p(20, 51), p(30, 52), p(40, 53), p(50, 52), p(60, 82));
        // The first and the last sample differ by 30 MB; the trend is about nothing.
        assertThat(SoakIT.medianSlope(live) * 60).isLessThan(SoakIT.MAX_LIVE_GROWTH_MB / 4.0);
    }

    @Test
    void steadyGrowthIsATrendWhateverTheNoise() {
        // 1 MB a second, with ±3 MB of noise: 60 MB over the run.
        List<double[]> live = List.of(p(0, 50), p(10, 63), p(20, 67), p(30, 83), p(40, 87), p(50, 103), p(60, 107));
        assertThat(SoakIT.medianSlope(live) * 60).isCloseTo(60, within(10.0)).isGreaterThan(SoakIT.MAX_LIVE_GROWTH_MB);
    }

    private static double[] p(double seconds, double mb) {
        return new double[] {seconds, mb};
    }
}
