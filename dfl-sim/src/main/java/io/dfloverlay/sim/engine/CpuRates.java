package io.dfloverlay.sim.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two rates that bound a D-SGD round on this machine, measured in-process: the SGEMM rate of
 * the BLAS the CPU engine uses (ND4J's OpenBLAS, one {@code 2048 × 2048} float32 product on
 * {@code threads} BLAS threads, best of several) and the memory bandwidth of a STREAM-like copy
 * (two float arrays of {@link #COPY_FLOATS} floats, split over {@code threads} threads, best of
 * several; bytes counted as read + write, no write-allocate, as STREAM does).
 *
 * @param sgemmFlopsPerSecond  floating-point operations per second of the large SGEMM
 * @param copyBytesPerSecond   bytes per second of the copy
 * @param threads              threads used for both
 */
public record CpuRates(double sgemmFlopsPerSecond, double copyBytesPerSecond, int threads) {
    /** SGEMM size. */
    public static final int GEMM_N = 2048;
    /** Floats per copy array (128 MB each, far beyond the last-level cache). */
    public static final int COPY_FLOATS = 32 << 20;

    /** Checks both rates are positive and finite. */
    public CpuRates {
        if (!(sgemmFlopsPerSecond > 0) || !(copyBytesPerSecond > 0) || Double.isInfinite(sgemmFlopsPerSecond) || Double.isInfinite(copyBytesPerSecond))
            throw new IllegalArgumentException("rates must be positive and finite, got " + sgemmFlopsPerSecond + ", " + copyBytesPerSecond);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /**
     * Measures both rates on {@code threads} threads, {@code repeats} times each, keeping the best;
     * restores ND4J's BLAS thread count afterwards. Takes about a second on two cores.
     *
     * @param threads BLAS and copy threads, at least 1
     * @param repeats timed repetitions per rate (after one warm-up), at least 1
     * @return the measured rates
     * @throws IllegalArgumentException if {@code threads} or {@code repeats} is below 1
     */
    public static CpuRates measure(int threads, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        return new CpuRates(sgemmRate(threads, repeats), copyRate(threads, repeats), threads);
    }

    private static double sgemmRate(int threads, int repeats) {
        int blasBefore = Nd4j.factory().blas().getMaxThreads();
        int envBefore = Nd4j.getEnvironment().maxThreads();
        Nd4j.factory().blas().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxThreads(threads);
        try {
            INDArray a = Nd4j.rand(DataType.FLOAT, GEMM_N, GEMM_N), b = Nd4j.rand(DataType.FLOAT, GEMM_N, GEMM_N);
            INDArray c = Nd4j.create(DataType.FLOAT, GEMM_N, GEMM_N);
            double best = Double.MAX_VALUE;
            for (int r = 0; r <= repeats; r++) {
                long t0 = System.nanoTime();
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
                if (r > 0) best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            return 2.0 * GEMM_N * GEMM_N * (double) GEMM_N / best;
        } finally {
            Nd4j.factory().blas().setMaxThreads(blasBefore);
            Nd4j.getEnvironment().setMaxThreads(envBefore);
        }
    }

    private static double copyRate(int threads, int repeats) {
        float[] src = new float[COPY_FLOATS], dst = new float[COPY_FLOATS];
        java.util.Arrays.fill(src, 1f);
        java.util.Arrays.fill(dst, 0f);
        WorkerPool pool = WorkerPool.shared(threads);
        int pieces = 4 * threads;
        WorkerPool.Task copy = (item, slot) -> {
            int from = (int) ((long) item * COPY_FLOATS / pieces), to = (int) ((long) (item + 1) * COPY_FLOATS / pieces);
            System.arraycopy(src, from, dst, from, to - from);
        };
        double best = Double.MAX_VALUE;
        for (int r = 0; r <= repeats; r++) {
            long t0 = System.nanoTime();
            pool.run(pieces, copy);
            if (r > 0) best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return 2.0 * 4 * COPY_FLOATS / best;
    }
}
