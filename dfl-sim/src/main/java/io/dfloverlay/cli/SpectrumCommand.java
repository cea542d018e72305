package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay spectrum}: Print the spectral report of a graph. */
@Command(name = "spectrum", mixinStandardHelpOptions = true, header = "Print the spectral report of a graph.")
public final class SpectrumCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay spectrum' is not available yet");
    }
}
