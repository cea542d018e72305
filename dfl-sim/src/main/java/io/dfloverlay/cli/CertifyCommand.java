package io.dfloverlay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code overlay certify}: Certify (exit 0) or refute (exit 1) that a graph is Ramanujan. */
@Command(name = "certify", mixinStandardHelpOptions = true, header = "Certify (exit 0) or refute (exit 1) that a graph is Ramanujan.")
public final class CertifyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'overlay certify' is not available yet");
    }
}
