package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay generate}: Generate an overlay graph and write it to a file. */
@Command(name = "generate", mixinStandardHelpOptions = true, header = "Generate an overlay graph and write it to a file.")
public final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay generate' is not available yet");
    }
}
