package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.solver.TwoStageEigenvalues;
import io.dfloverlay.spectral.solver.DenseSymmetricEigenSolver;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * All eigenvalues of the adjacency matrix of a random 8-regular graph: our dense path
 * ({@link DenseSymmetricEigenSolver}, i.e. {@link TwoStageEigenvalues}: dense to band to tridiagonal,
 * then rational QL) versus EJML's symmetric QR and Apache Commons Math's {@code EigenDecomposition}. Baseline: building the dense
 * matrix. Run: {@code mvn -B -q -pl jmh -am package -DskipTests && java -jar jmh/target/benchmarks.jar SpectralDenseBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SpectralDenseBenchmark {
    /** The dense adjacency matrix, rebuilt per invocation by the benchmarks (EJML overwrites it). */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"500", "1000", "2000"})
        int n;
        double[][] a;

        @Setup(Level.Trial)
        public void setUp() {
            Graph g = new RandomRegularGenerator(n, 8, true).generate(new SplittableRandom(42));
            a = new double[n][n];
            g.forEachEdge((u, v) -> {
                a[u][v] = 1;
                a[v][u] = 1;
            });
        }
    }

    @Benchmark
    public DMatrixRMaj baselineCopy(Input in) {
        return new DMatrixRMaj(in.a);
    }

    @Benchmark
    public double[] ejml(Input in) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(in.n, false, true);
        if (!eig.decompose(new DMatrixRMaj(in.a))) throw new ArithmeticException("EJML failed");
        double[] ev = new double[in.n];
        for (int i = 0; i < in.n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        return ev;
    }

    @Benchmark
    public double[] twoStage(Input in) {
        return DenseSymmetricEigenSolver.eigenvalues(new DMatrixRMaj(in.a));
    }

    @Benchmark
    public double[] commonsMath(Input in) {
        return new EigenDecomposition(new Array2DRowRealMatrix(in.a, false)).getRealEigenvalues();
    }
}
