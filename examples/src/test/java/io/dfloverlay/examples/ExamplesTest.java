package io.dfloverlay.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example programs on small inputs and checks what they print and write. */
class ExamplesTest {
    @TempDir
    Path dir;

    private static String capture(ThrowingRunnable body) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void buildCertifiedOverlayPrintsCertificateAndWritesFile() throws Exception {
        Path out = dir.resolve("g.mtx");
        String text = capture(() -> BuildCertifiedOverlay.main(new String[] {"200", "6", out.toString()}));
        assertTrue(text.contains("n=200 d=6") && text.contains("rho(W)="), text);
        assertTrue(Files.readString(out).startsWith("%%MatrixMarket"), "Matrix Market header");
    }

    @Test
    void surviveFailuresKeepsTheOverlayRegularAndConnected() throws Exception {
        String text = capture(() -> SurviveFailures.main(new String[] {"200", "8", "pairing"}));
        assertTrue(text.contains("140 of 200 clients left"), text);
        assertTrue(text.contains("degrees 8..8") && text.contains("connected=true"), text);
    }
}
