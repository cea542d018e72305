package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay repair}: Repair a graph after given nodes fail. */
@Command(name = "repair", mixinStandardHelpOptions = true, header = "Repair a graph after given nodes fail.")
public final class RepairCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay repair' is not available yet");
    }
}
