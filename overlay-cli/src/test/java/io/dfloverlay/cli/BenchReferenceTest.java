package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numpy reference runner of {@code overlay bench simulate}. */
class BenchReferenceTest {
    @Test
    void missingPythonIsReportedNotThrown() throws Exception {
        var refs = BenchCommand.runReference("/nonexistent/python3", null, 4, 2, 1, 1, 4, 1, null);
        assertEquals(1, refs.size());
        assertTrue(refs.get(0).rate() < 0 && refs.get(0).note().contains("python not found"), refs.toString());
    }

    /** Both gossip formulations report a rate where numpy (and SciPy, for csr) are installed. */
    @Test
    void bundledScriptTimesBothFormulationsWhereNumpyIsInstalled() throws Exception {
        List<BenchCommand.Reference> refs = BenchCommand.runReference("python3", null, 6, 2, 2, 1, 4, 1, 1);
        assumeTrue(refs.stream().noneMatch(r -> r.note().contains("numpy not found") || r.note().contains("python not found")), "numpy missing");
        assertEquals(List.of("gather", "csr"), refs.stream().map(BenchCommand.Reference::gossip).toList());
        var gather = refs.get(0);
        assertTrue(gather.rate() > 0 && gather.note().contains("n=6, d=2") && gather.note().contains("gossip gather"), refs.toString());
        var csr = refs.get(1);
        assertTrue(csr.rate() > 0 || csr.note().contains("scipy"), refs.toString());
    }
}
