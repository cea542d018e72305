package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay info}: Print basic facts about a graph file. */
@Command(name = "info", mixinStandardHelpOptions = true, header = "Print basic facts about a graph file.")
public final class InfoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay info' is not available yet");
    }
}
