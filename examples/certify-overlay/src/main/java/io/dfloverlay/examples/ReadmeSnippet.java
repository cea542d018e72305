package io.dfloverlay.examples;

// The region between the two "README" markers is the library snippet of README.md, verbatim
// (ReadmeSnippetTest fails when they differ); it compiles on its own in a consumer project.
// README snippet start
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.RepairResult;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

public class ReadmeSnippet {
    public static void main(String[] args) throws IOException {
        Graph g = new RandomRegularGenerator(1000, 8, true).generate(new SplittableRandom(1));
        SpectralCertificate cert = SpectralCertificates.certify(g);        // two-sided, with error bound
        System.out.println(cert.lambda() + " vs 2√7 = " + cert.ramanujanBound() + ", Ramanujan: " + cert.isRamanujan(1e-9));
        MixingMatrix w = new UniformWeights().of(g);                       // (A + I)/(d + 1)
        double rho = Spectra.mixing(w).twoSided();                          // consensus rate ρ(W)
        System.out.println("rho(W) = " + rho);
        Path file = Path.of(args.length > 0 ? args[0] : "overlay.mtx");
        GraphMetadata made = GraphMetadata.of("random-regular", Map.of("n", "1000", "d", "8"), 1L);
        GraphFiles.write(file, g, made);                                    // Matrix Market; the % header records generator, params, seed
        OverlayMaintainer m = new OverlayMaintainer(g, 8, RepairStrategies.byName("pairing"), new SplittableRandom(2));
        RepairResult r = m.fail(17);                                        // edges to add/remove, messages
        System.out.println("node 17 failed: add " + r.added() + ", remove " + r.removed() + ", " + r.messages() + " messages");
    }
}
// README snippet end
