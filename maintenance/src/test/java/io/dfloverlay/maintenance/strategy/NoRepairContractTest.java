package io.dfloverlay.maintenance.strategy;

/** {@link RepairStrategyContract} for {@link NoRepair}. */
class NoRepairContractTest extends RepairStrategyContract {
    @Override
    String strategy() {
        return "none";
    }

    @Override
    boolean repairs() {
        return false;
    }
}
