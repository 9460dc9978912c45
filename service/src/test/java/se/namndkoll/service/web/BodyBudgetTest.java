package se.namndkoll.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BodyBudgetTest {

    private static final long KIB = 1024;

    @Test
    void aBodyWeighsItsSizeInKibRoundedUpAtLeastOneAtMostTheWholeBudget() {
        BodyBudget budget = new BodyBudget(100 * KIB, Duration.ZERO);
        assertThat(budget.weightKib(0)).isEqualTo(1);
        assertThat(budget.weightKib(1)).isEqualTo(1);
        assertThat(budget.weightKib(KIB)).isEqualTo(1);
        assertThat(budget.weightKib(KIB + 1)).isEqualTo(2);
        assertThat(budget.weightKib(100 * KIB)).isEqualTo(100);
        assertThat(budget.weightKib(100 * KIB + 1)).isEqualTo(100);
        assertThat(budget.weightKib(Long.MAX_VALUE)).isEqualTo(100);
    }

    @Test
    void bodiesUpToTheBudgetRunTogetherAndOneMoreByteWaits() throws Exception {
        BodyBudget budget = new BodyBudget(100 * KIB, Duration.ofMillis(50));
        Optional<BodyBudget.Lease> first = budget.acquire(60 * KIB, 0);
        Optional<BodyBudget.Lease> second = budget.acquire(40 * KIB, 0);
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(budget.availableBytes()).isZero();
        assertThat(budget.acquire(1, 0)).as("nothing left").isEmpty();
        second.get().close();
        assertThat(budget.availableBytes()).isEqualTo(40 * KIB);
        assertThat(budget.acquire(40 * KIB, 0)).isPresent();
        assertThat(budget.acquire(1, 0)).isEmpty();
    }

    @Test
    void aBodyOfUnknownLengthCountsAsTheLargestBody() throws Exception {
        BodyBudget budget = new BodyBudget(100 * KIB, Duration.ZERO);
        assertThat(budget.acquire(-1, 30 * KIB)).isPresent();
        assertThat(budget.availableBytes()).isEqualTo(70 * KIB);
    }

    @Test
    void aBodyLargerThanTheBudgetRunsAloneAndOnlyAlone() throws Exception {
        BodyBudget budget = new BodyBudget(100 * KIB, Duration.ofMillis(20));
        Optional<BodyBudget.Lease> huge = budget.acquire(10_000 * KIB, 0);
        assertThat(huge).isPresent();
        assertThat(budget.acquire(1, 0)).isEmpty();
        huge.get().close();
        assertThat(budget.availableBytes()).isEqualTo(100 * KIB);
    }

    @Test
    void aWaitingRequestGoesOnWhenAnotherGivesItsShareBack() throws Exception {
        BodyBudget budget = new BodyBudget(100 * KIB, Duration.ofSeconds(30));
        BodyBudget.Lease all = budget.acquire(100 * KIB, 0).orElseThrow();
        CompletableFuture<Optional<BodyBudget.Lease>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.acquire(50 * KIB, 0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        all.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(budget.availableBytes()).isEqualTo(50 * KIB);
    }

    @Test
    void aLeaseGivesItsShareBackOnce() throws Exception {
        BodyBudget budget = new BodyBudget(100 * KIB, Duration.ZERO);
        BodyBudget.Lease lease = budget.acquire(10 * KIB, 0).orElseThrow();
        lease.close();
        lease.close();
        assertThat(budget.availableBytes()).isEqualTo(100 * KIB);
    }

    @Test
    void theBudgetIsAtLeastOneKib() {
        assertThatThrownBy(() -> new BodyBudget(1023, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
