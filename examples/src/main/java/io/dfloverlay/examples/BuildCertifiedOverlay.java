package io.dfloverlay.examples;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import io.dfloverlay.spectral.Spectra;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a random 8-regular overlay for 1000 clients, certifies its spectral gap, and writes it
 * as Matrix Market. Usage: {@code BuildCertifiedOverlay [n] [d] [out.mtx]}.
 */
public final class BuildCertifiedOverlay {
    private BuildCertifiedOverlay() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = 1;
        Graph g = new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(seed));

        SpectralCertificate cert = SpectralCertificates.certify(g);
        MixingMatrix w = new UniformWeights().of(g);
        double rho = Spectra.mixing(w).twoSided();
        System.out.printf("n=%d d=%d  lambda(A)=%.4f  2*sqrt(d-1)=%.4f  Ramanujan=%b  rho(W)=%.4f  gap=%.4f%n",
                n, d, cert.lambda(), cert.ramanujanBound(), cert.isRamanujan(1e-9), rho, 1 - rho);

        if (args.length > 2) {
            GraphFiles.write(Path.of(args[2]), g, new GraphMetadata("random-regular",
                    Map.of("n", Integer.toString(n), "d", Integer.toString(d)), seed));
            System.out.println("wrote " + args[2]);
        }
    }
}
