package io.dfloverlay.maintenance.strategy;

/** {@link RepairStrategyContract} for {@link CappedJoinRepair}. */
class CappedJoinRepairContractTest extends RepairStrategyContract {
    @Override
    String strategy() {
        return "capped-join";
    }
}
