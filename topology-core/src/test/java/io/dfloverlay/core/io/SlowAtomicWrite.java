package io.dfloverlay.core.io;

import java.nio.file.Path;

/**
 * Run as a separate JVM by {@link AtomicFilesTest}: starts an atomic write that never ends on its
 * own, says "writing" once the temporary file exists, and waits to be interrupted.
 */
public final class SlowAtomicWrite {
    private SlowAtomicWrite() {}

    /**
     * @param args the target file
     * @throws Exception never in practice (the JVM is stopped by a signal)
     */
    public static void main(String[] args) throws Exception {
        AtomicFiles.writeText(Path.of(args[0]), w -> {
            w.write("partial content\n");
            w.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
