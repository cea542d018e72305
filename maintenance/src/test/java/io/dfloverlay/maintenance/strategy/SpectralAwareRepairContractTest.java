package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.ChurnSequenceCheckerAccess;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RepairStrategyContract} for {@link SpectralAwareRepair}: it solves an eigenproblem per
 * candidate per event, so by default 2,000 sequences on overlays of up to 20 nodes run; the full
 * 10^4 sequences on up to 32 nodes run under the {@code slow} tag.
 */
class SpectralAwareRepairContractTest {
    static LongStream blocks() {
        return LongStream.range(0, 20);
    }

    static LongStream allBlocks() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seeds {0}00..{0}99")
    @MethodSource("blocks")
    void invariantsHoldAfterEveryEvent(long block) {
        for (long s = block * 100; s < block * 100 + 100; s++) ChurnSequenceCheckerAccess.run("spectral", s, 20, false, true);
    }

    @Tag("slow")
    @ParameterizedTest(name = "seeds {0}00..{0}99")
    @MethodSource("allBlocks")
    void invariantsHoldAfterEveryEventFull(long block) {
        for (long s = block * 100; s < block * 100 + 100; s++) ChurnSequenceCheckerAccess.run("spectral", s, 32, false, true);
    }
}
