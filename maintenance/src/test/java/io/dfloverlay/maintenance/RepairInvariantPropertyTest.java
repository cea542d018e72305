package io.dfloverlay.maintenance;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test: for every strategy, 10^4 random event sequences (100 blocks of 100 seeds) with
 * failures, leaves, joins, batch failures and up to 90% loss; invariants and the reported edge
 * changes are checked after every event. The spectral-aware strategy runs 2,000 sequences on
 * smaller overlays by default and the full 10^4 under the {@code slow} tag.
 */
class RepairInvariantPropertyTest {
    static LongStream blocks() {
        return LongStream.range(0, 100);
    }

    static LongStream spectralBlocks() {
        return LongStream.range(0, 20);
    }

    private static void block(String strategy, long block, int maxN, boolean evenD, boolean repairs) {
        for (long s = block * 100; s < block * 100 + 100; s++) ChurnSequenceChecker.run(strategy, s, maxN, evenD, repairs);
    }

    @ParameterizedTest(name = "block {0}")
    @MethodSource("blocks")
    void pairingKeepsInvariants(long block) {
        block("pairing", block, 48, false, true);
    }

    @ParameterizedTest(name = "block {0}")
    @MethodSource("blocks")
    void cycleKeepsInvariants(long block) {
        block("cycle", block, 48, true, true);
    }

    @ParameterizedTest(name = "block {0}")
    @MethodSource("blocks")
    void rebalanceKeepsInvariants(long block) {
        block("rebalance", block, 48, false, true);
    }

    @ParameterizedTest(name = "block {0}")
    @MethodSource("blocks")
    void noRepairStaysSimpleAndBounded(long block) {
        block("none", block, 48, false, false);
    }

    @ParameterizedTest(name = "block {0}")
    @MethodSource("spectralBlocks")
    void spectralKeepsInvariants(long block) {
        block("spectral", block, 20, false, true);
    }

    @Tag("slow")
    @ParameterizedTest(name = "block {0}")
    @MethodSource("blocks")
    void spectralKeepsInvariantsFull(long block) {
        block("spectral", block, 32, false, true);
    }
}
