package io.dfloverlay.maintenance.strategy;

/** {@link RepairStrategyContract} for {@link HamiltonianCycleRepair}. */
class HamiltonianCycleRepairContractTest extends RepairStrategyContract {
    @Override
    String strategy() {
        return "cycle";
    }

    @Override
    boolean evenDegreesOnly() {
        return true;
    }
}
