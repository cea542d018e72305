// Graph-level measurements behind docs/label-aware.md: for Fashion-MNIST partitions (n = 100),
// lambda(A), neighbourhood label skew and edges of each overlay, and the label-aware search for
// several beta. Run with the CLI jar on the class path:
//   java -cp overlay-cli/target/overlay-cli.jar bench/LabelAwareWeighting.java [seed]
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.labelskew.*;
import io.dfloverlay.core.topology.WeightedOverlay;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.sim.data.*;
import io.dfloverlay.sim.partition.*;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.search.*;
import java.util.SplittableRandom;

public class LabelAwareWeighting {
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        Dataset train = Datasets.load("fashion-mnist", null, new SplittableRandom(seed)).train();
        int n = 100, d = 9;
        for (String spec : new String[] {"dirichlet:0.1", "shards:1"}) {
            Partition p = Partitioner.partition(spec, train.numExamples(), train.labels(), train.numClasses(), n, new SplittableRandom(seed));
            LabelHistograms h = p.labelHistograms(train.labels(), train.numClasses());
            System.out.printf("%n## %s, n=%d, d=%d, seed %d%n| overlay | edges | lambda(A) | rho(W) | skew | time s |%n|---|---|---|---|---|---|%n", spec, n, d, seed);
            long t = System.nanoTime();
            row("random-regular", new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(seed)), h, t, null);
            t = System.nanoTime();
            row("near-optimal", NearOptimalSearch.withSwapBudget(n, d, 1000).generate(new SplittableRandom(seed)), h, t, null);
            for (double beta : new double[] {0, 0.25, 0.5, 1, 2, 4, 8}) {
                t = System.nanoTime();
                LabelAwareResult r = new LabelAwareSearch(h, d, beta, 2000, 1000).search(new SplittableRandom(seed));
                row("label-aware beta=" + beta + " (start skew " + String.format("%.3f", r.startSkew()) + ")", r.graph(), h, t, null);
            }
            t = System.nanoTime();
            WeightedOverlay dc = new DCliques(h, 10, InterClique.RING, 10_000).generate(new SplittableRandom(seed));
            row("d-cliques ring", dc.graph(), h, t, dc);
            t = System.nanoTime();
            WeightedOverlay st = new StlFrankWolfe(h, d, 0.1, 100).generate(new SplittableRandom(seed));
            row("stl-fw d<=9", st.graph(), h, t, st);
        }
    }

    static void row(String name, Graph g, LabelHistograms h, long start, WeightedOverlay own) {
        double secs = (System.nanoTime() - start) / 1e9;
        double rho = own == null ? Spectra.mixing(new io.dfloverlay.core.mixing.UniformWeights().of(g)).twoSided() : Spectra.mixing(own.mixing()).twoSided();
        System.out.printf("| %s | %d | %.3f | %.4f | %.4f | %.1f |%n", name, g.numEdges(), Spectra.adjacency(g).twoSided(), rho,
                LabelSkew.neighbourhoodSkew(g, h), secs);
    }
}
