package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.ChurnSequenceCheckerAccess;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every repair strategy runs: 10^4 random event sequences (100 blocks of 100 seeds)
 * of failures, leaves, joins and batch failures, up to 90% loss, on overlays of up to
 * {@link #maxNodes()} nodes; after every event the reported changes must reproduce the overlay,
 * no failed id may keep an edge, and (for repairing strategies) the overlay must be simple,
 * degree-bounded, regular up to one node one short, and connected. Failures name the seed.
 */
abstract class RepairStrategyContract {
    /** Strategy name for {@code RepairStrategies.byName}. */
    abstract String strategy();

    /** Whether the degree and connectivity invariants must hold. */
    boolean repairs() {
        return true;
    }

    /** Whether only even degrees are drawn. */
    boolean evenDegreesOnly() {
        return false;
    }

    /** Largest initial overlay. */
    int maxNodes() {
        return 48;
    }

    static LongStream blocks() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seeds {0}00..{0}99")
    @MethodSource("blocks")
    void invariantsHoldAfterEveryEvent(long block) {
        for (long s = block * 100; s < block * 100 + 100; s++) {
            ChurnSequenceCheckerAccess.run(strategy(), s, maxNodes(), evenDegreesOnly(), repairs());
        }
    }
}
