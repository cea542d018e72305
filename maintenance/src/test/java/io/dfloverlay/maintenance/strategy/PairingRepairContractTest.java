package io.dfloverlay.maintenance.strategy;

/** {@link RepairStrategyContract} for {@link PairingRepair}. */
class PairingRepairContractTest extends RepairStrategyContract {
    @Override
    String strategy() {
        return "pairing";
    }
}
