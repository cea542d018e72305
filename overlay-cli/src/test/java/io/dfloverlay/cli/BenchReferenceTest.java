package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The numpy reference runner of {@code overlay bench simulate}. */
class BenchReferenceTest {
    @Test
    void missingPythonIsReportedNotThrown() throws Exception {
        var ref = BenchCommand.runReference("/nonexistent/python3", null, 4, 2, 1, 1, 4, 1);
        assertTrue(ref.rate() < 0 && ref.note().contains("python not found"), ref.toString());
    }

    @Test
    void bundledScriptRunsWhereNumpyIsInstalled() throws Exception {
        Path py = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(py), "no /usr/bin/python3");
        var ref = BenchCommand.runReference(py.toString(), null, 6, 2, 2, 1, 4, 1);
        assumeTrue(!ref.note().contains("numpy not found"), "numpy missing");
        assertTrue(ref.rate() > 0 && ref.note().contains("n=6, d=2"), ref.toString());
    }
}
