package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay churn}: Run a churn scenario with a repair strategy. */
@Command(name = "churn", mixinStandardHelpOptions = true, header = "Run a churn scenario with a repair strategy.")
public final class ChurnCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay churn' is not available yet");
    }
}
