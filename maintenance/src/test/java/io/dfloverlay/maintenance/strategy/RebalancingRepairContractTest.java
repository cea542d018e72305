package io.dfloverlay.maintenance.strategy;

/** {@link RepairStrategyContract} for {@link RebalancingRepair}. */
class RebalancingRepairContractTest extends RepairStrategyContract {
    @Override
    String strategy() {
        return "rebalance";
    }
}
