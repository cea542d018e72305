package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay compare}: Compare topologies by D-SGD convergence and generalization. */
@Command(name = "compare", mixinStandardHelpOptions = true, header = "Compare topologies by D-SGD convergence and generalization.")
public final class CompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay compare' is not available yet");
    }
}
