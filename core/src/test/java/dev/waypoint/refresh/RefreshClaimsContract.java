package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link RefreshClaims}. */
public abstract class RefreshClaimsContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private RefreshClaims claims;

    /** Fresh claims, none held; called before each test. Two calls may share one store (two nodes). */
    protected abstract RefreshClaims createClaims();

    @BeforeEach
    void createRepository() {
        claims = createClaims();
    }

    @Test
    void givenNoClaim_claim_takesItAndASecondClaimWithinTheHoldIsRefused() {
        assertThat(claims.claim("kpi:1", 3, NOW, MINUTE)).isTrue();

        assertThat(claims.claim("kpi:1", 3, NOW.plusSeconds(59), MINUTE)).isFalse();
        assertThat(claims.claim("kpi:1", 3, NOW.plusMillis(59_999), MINUTE)).isFalse();
    }

    @Test
    void givenAClaimWhoseHoldEnded_claim_takesItAgainForAnotherHold() {
        claims.claim("kpi:1", 3, NOW, MINUTE);

        assertThat(claims.claim("kpi:1", 3, NOW.plus(MINUTE), MINUTE)).isTrue();
        assertThat(claims.claim("kpi:1", 3, NOW.plus(MINUTE).plusSeconds(59), MINUTE)).isFalse();
        assertThat(claims.claim("kpi:1", 3, NOW.plus(MINUTE).plus(MINUTE), MINUTE)).isTrue();
    }

    @Test
    void givenAClaimForAnotherGeneration_claim_takesItAtOnce() {
        claims.claim("kpi:1", 3, NOW, MINUTE);

        assertThat(claims.claim("kpi:1", 4, NOW.plusSeconds(1), MINUTE)).isTrue();
        assertThat(claims.claim("kpi:1", 4, NOW.plusSeconds(2), MINUTE)).isFalse();
    }

    @Test
    void givenAReleasedClaim_claim_takesItAtOnceWhileAReleaseOfAnotherGenerationLeavesItHeld() {
        claims.claim("quarters:2027", 0, NOW, MINUTE);
        claims.release("quarters:2027", 1);

        assertThat(claims.claim("quarters:2027", 0, NOW.plusSeconds(1), MINUTE)).isFalse();

        claims.release("quarters:2027", 0);

        assertThat(claims.claim("quarters:2027", 0, NOW.plusSeconds(2), MINUTE)).isTrue();
        assertThat(claims.claim("quarters:2027", 0, NOW.plusSeconds(3), MINUTE)).isFalse();
    }

    @Test
    void givenNoClaim_release_changesNothing() {
        claims.release("kpi:9", 0);

        assertThat(claims.claim("kpi:9", 0, NOW, MINUTE)).isTrue();
    }

    @Test
    void givenClaimsOfOtherNames_claim_isIndependentOfThem() {
        claims.claim("kpi:1", 3, NOW, MINUTE);

        assertThat(claims.claim("kpi:2", 3, NOW, MINUTE)).isTrue();
        assertThat(claims.claim("job:dev.waypoint.refresh.job", 0, NOW, MINUTE)).isTrue();
        assertThat(claims.claim("kpi:1", 3, NOW, MINUTE)).isFalse();
    }

    @Test
    void givenTwoNodesOnOneStore_claim_isSeenByTheOther() {
        RefreshClaims otherNode = createClaimsOnSameStore();

        assertThat(claims.claim("kpi:1", 3, NOW, MINUTE)).isTrue();

        assertThat(otherNode.claim("kpi:1", 3, NOW.plusSeconds(30), MINUTE)).isFalse();
        assertThat(otherNode.claim("kpi:1", 3, NOW.plus(MINUTE), MINUTE)).isTrue();
        assertThat(claims.claim("kpi:1", 3, NOW.plus(MINUTE), MINUTE)).isFalse();
    }

    @Test
    void givenManyClaimersAtOnce_claim_letsExactlyOneWinEvenAfterTheHoldEnded() throws Exception {
        claims.claim("kpi:7", 1, NOW, MINUTE);
        int threads = 8;
        for (int round = 0; round < 5; round++) {
            java.time.Instant at = NOW.plus(MINUTE.multipliedBy(round + 1L));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    RefreshClaims node = i % 2 == 0 ? claims : createClaimsOnSameStore();
                    results.add(pool.submit(() -> {
                        start.await();
                        return node.claim("kpi:7", 1, at, MINUTE);
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("winners in round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void givenBadArguments_claim_refusesThem() {
        assertThatThrownBy(() -> claims.claim(" ", 0, NOW, MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claims.claim("x".repeat(RefreshClaims.MAX_NAME_LENGTH + 1), 0, NOW, MINUTE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claims.claim("kpi:1", 0, NOW, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(claims.claim("x".repeat(RefreshClaims.MAX_NAME_LENGTH), 0, NOW, MINUTE)).isTrue();
    }

    /**
     * Another instance on the same store as the one {@link #createClaims()} gave last (a second node); by default that
     * same instance.
     */
    protected RefreshClaims createClaimsOnSameStore() {
        return claims;
    }
}
