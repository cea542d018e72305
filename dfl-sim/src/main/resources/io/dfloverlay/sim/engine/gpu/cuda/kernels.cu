// Custom kernels of the GPU engine (io.dfloverlay.sim.engine.gpu). Compiled to PTX for sm_80 and
// sm_90 in the Maven build (profile cuda-kernels) and loaded with cuModuleLoadData; the driver
// JIT-compiles the PTX for the card present. Or compiled at run time by NVRTC from this source.
//
// Every kernel has a plain-Java twin in JavaDevice with the same name in camelCase that does the
// same arithmetic in the same order, one loop iteration per CUDA thread; keep the two in step.
// All kernels use a grid-stride loop over a flat index t, so any grid size is correct.

#define GRID_STRIDE(t, count) \
    for (long long t = (long long) blockIdx.x * blockDim.x + threadIdx.x; t < (count); \
         t += (long long) gridDim.x * blockDim.x)

// Twin: JavaDevice.gatherRows. dst[k, e] = src[idx[k], e] for k < count, e < dim.
extern "C" __global__ void gather_rows(float *dst, const float *src, const int *idx, int count, int dim) {
    GRID_STRIDE(t, (long long) count * dim) {
        long long k = t / dim;
        long long e = t - k * dim;
        dst[t] = src[(long long) idx[k] * dim + e];
    }
}

// Twin: JavaDevice.biasActivation. z is [rows, b, out]; client i's bias is x[i*stride + offset ..];
// z += bias, then ReLU when relu != 0.
extern "C" __global__ void bias_act(float *z, const float *x, long long offset, long long stride, int rows, int b,
                                    int out, int relu) {
    GRID_STRIDE(t, (long long) rows * b * out) {
        long long i = t / ((long long) b * out);
        long long j = t % out;
        float v = z[t] + x[i * stride + offset + j];
        if (relu != 0 && v < 0.0f) v = 0.0f;
        z[t] = v;
    }
}

// Twin: JavaDevice.softmaxRow. zr[0..c) <- softmax(zr), max-shifted, in place.
__device__ void softmax_row(float *zr, int c) {
    float mx = zr[0];
    for (int j = 1; j < c; j++) mx = fmaxf(mx, zr[j]);
    float sum = 0.0f;
    for (int j = 0; j < c; j++) {
        float e = expf(zr[j] - mx);
        zr[j] = e;
        sum += e;
    }
    for (int j = 0; j < c; j++) zr[j] = zr[j] / sum;
}

// Twin: JavaDevice.softmaxCrossEntropyGrad. One thread per example row r of z [rows, c] (logits):
// z[r] <- (softmax(z[r]) - onehot(label)) / batch, with label = labels[idx[r]];
// lossEx[r] = -log(max(p_label, 1e-30)) when lossEx is not null.
extern "C" __global__ void softmax_xent_grad(float *z, const int *labels, const int *idx, float *lossEx, int rows,
                                             int c, float batch) {
    GRID_STRIDE(r, (long long) rows) {
        float *zr = z + r * c;
        softmax_row(zr, c);
        int y = labels[idx[r]];
        if (lossEx != 0) lossEx[r] = -logf(fmaxf(zr[y], 1e-30f));
        for (int j = 0; j < c; j++) zr[j] = (zr[j] - (j == y ? 1.0f : 0.0f)) / batch;
    }
}

// Twin: JavaDevice.squaredErrorGrad. z is [rows, 1]: d = z[r] - targets[idx[r]];
// lossEx[r] = d*d (half and mean are taken by the caller); z[r] <- d / batch.
extern "C" __global__ void squared_grad(float *z, const float *targets, const int *idx, float *lossEx, int rows,
                                        float batch) {
    GRID_STRIDE(r, (long long) rows) {
        float d = z[r] - targets[idx[r]];
        if (lossEx != 0) lossEx[r] = d * d;
        z[r] = d / batch;
    }
}

// Twin: JavaDevice.reluMask. d[t] <- d[t] * (act[t] > 0 ? 1 : 0) (act is the post-ReLU activation).
extern "C" __global__ void relu_mask(float *d, const float *act, long long count) {
    GRID_STRIDE(t, count) {
        d[t] = d[t] * (act[t] > 0.0f ? 1.0f : 0.0f);
    }
}

// Twin: JavaDevice.biasGradient. g[i*stride + offset + j] = sum_k dz[i, k, j] over the batch, in k order.
extern "C" __global__ void bias_grad(float *g, long long offset, long long stride, const float *dz, int rows, int b,
                                     int out) {
    GRID_STRIDE(t, (long long) rows * out) {
        long long i = t / out;
        long long j = t - i * out;
        const float *d = dz + i * b * out + j;
        float s = 0.0f;
        for (int k = 0; k < b; k++) s += d[(long long) k * out];
        g[i * stride + offset + j] = s;
    }
}

// Twin: JavaDevice.sgdStep. g <- g + wd*x (when wd != 0); with a velocity v <- m*v + g and
// x <- x - lr*v, else x <- x - lr*g. v is null when there is no momentum.
extern "C" __global__ void sgd_step(float *x, float *g, float *v, long long count, float lr, float m, float wd) {
    GRID_STRIDE(t, count) {
        float gt = g[t];
        if (wd != 0.0f) {
            gt = gt + wd * x[t];
            g[t] = gt;
        }
        if (v != 0) {
            float vt = v[t] * m + gt;
            v[t] = vt;
            gt = vt;
        }
        x[t] = x[t] + (-lr) * gt;
    }
}

// Twin: JavaDevice.axpy. y <- y + a*x.
extern "C" __global__ void axpy(float a, const float *x, float *y, long long count) {
    GRID_STRIDE(t, count) {
        y[t] = y[t] + a * x[t];
    }
}

// Twin: JavaDevice.columnMean. out[e] = (float) (sum_j x[j, e] / n) over the rows j of x [n, p], summed in double.
extern "C" __global__ void column_mean(float *out, const float *x, int n, long long p) {
    GRID_STRIDE(e, p) {
        double s = 0.0;
        for (int j = 0; j < n; j++) s += (double) x[(long long) j * p + e];
        out[e] = (float) (s / n);
    }
}

// Twin: JavaDevice.columnSquaredDeviation. out[e] = sum_j (x[j, e] - mean_e)^2 in double, mean_e in double.
extern "C" __global__ void column_sq_dev(double *out, const float *x, int n, long long p) {
    GRID_STRIDE(e, p) {
        double mean = 0.0;
        for (int j = 0; j < n; j++) mean += (double) x[(long long) j * p + e];
        mean /= n;
        double s = 0.0;
        for (int j = 0; j < n; j++) {
            double d = (double) x[(long long) j * p + e] - mean;
            s += d * d;
        }
        out[e] = s;
    }
}

// Twin: JavaDevice.sumChunks. out[q] = sum of in[q*chunk .. min((q+1)*chunk, count)) in double, in order.
template <typename T>
__device__ void sum_chunks(double *out, const T *in, long long count, int chunk) {
    GRID_STRIDE(q, (count + chunk - 1) / chunk) {
        long long lo = q * chunk;
        long long hi = lo + chunk < count ? lo + chunk : count;
        double s = 0.0;
        for (long long t = lo; t < hi; t++) s += (double) in[t];
        out[q] = s;
    }
}

// Twin: JavaDevice.sumChunksF32. sum_chunks of floats.
extern "C" __global__ void sum_chunks_f32(double *out, const float *in, long long count, int chunk) { sum_chunks(out, in, count, chunk); }

// Twin: JavaDevice.sumChunksF64. sum_chunks of doubles.
extern "C" __global__ void sum_chunks_f64(double *out, const double *in, long long count, int chunk) { sum_chunks(out, in, count, chunk); }

// Twin: JavaDevice.evalSoftmax. z is [models, len, c] (logits of examples start..start+len-1 under each
// model); per row: lossEx = -log(max(p_y, 1e-30)) of the max-shifted softmax, correctEx = 1 when the first
// largest probability is the label's. z is overwritten with the probabilities.
extern "C" __global__ void eval_softmax(float *lossEx, float *correctEx, float *z, const int *labels, int start, int len,
                                        int models, int c) {
    GRID_STRIDE(r, (long long) models * len) {
        float *zr = z + r * c;
        int y = labels[start + (int) (r % len)];
        softmax_row(zr, c);
        int best = 0;
        for (int j = 1; j < c; j++) if (zr[j] > zr[best]) best = j;
        lossEx[r] = -logf(fmaxf(zr[y], 1e-30f));
        correctEx[r] = best == y ? 1.0f : 0.0f;
    }
}

// Twin: JavaDevice.evalSquared. z is [models, len, 1]: lossEx = 0.5 * d * d with d = z - target.
extern "C" __global__ void eval_squared(float *lossEx, const float *z, const float *targets, int start, int len,
                                        int models) {
    GRID_STRIDE(r, (long long) models * len) {
        float d = z[r] - targets[start + (int) (r % len)];
        lossEx[r] = 0.5f * d * d;
    }
}

// Twin: JavaDevice.csrGossip. out[i, e] = sum over the stored entries k of row i of vals[k] * in[cols[k], e],
// in storage order (0 for an empty row); in and out are [n, width] row-major. The flat index walks
// column chunks of GOSSIP_CHUNK floats across all n rows (row by row within a chunk), so the rows a chunk
// reads (n * GOSSIP_CHUNK * 4 bytes, 4 MB at n = 1000) stay in L2 while their neighbours read them: each
// input float comes from memory about once, not once per stored entry of its column. Consecutive threads
// read consecutive floats of the same source row (coalesced).
#define GOSSIP_CHUNK 1024
extern "C" __global__ void csr_gossip(float *out, const float *in, const int *rowStart, const int *cols,
                                      const float *vals, int n, long long width) {
    GRID_STRIDE(t, (long long) n * width) {
        long long full = (long long) n * GOSSIP_CHUNK;
        long long c0 = (t / full) * GOSSIP_CHUNK;
        long long cw = width - c0 < GOSSIP_CHUNK ? width - c0 : GOSSIP_CHUNK;
        long long r = t - c0 * n;
        long long i = r / cw;
        long long e = c0 + (r - i * cw);
        float acc = 0.0f;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) acc += vals[k] * in[(long long) cols[k] * width + e];
        out[i * width + e] = acc;
    }
}
