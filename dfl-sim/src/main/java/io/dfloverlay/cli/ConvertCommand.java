package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay convert}: Convert a graph file between formats. */
@Command(name = "convert", mixinStandardHelpOptions = true, header = "Convert a graph file between formats.")
public final class ConvertCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay convert' is not available yet");
    }
}
