package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay simulate}: Simulate D-SGD training over a topology. */
@Command(name = "simulate", mixinStandardHelpOptions = true, header = "Simulate D-SGD training over a topology.")
public final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay simulate' is not available yet");
    }
}
