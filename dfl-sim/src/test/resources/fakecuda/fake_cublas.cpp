// Host stand-in for libcublas.so.13 (HostEmulatedCudaTest): the strided-batched SGEMM in
// column-major loops, with cuBLAS's argument order and checks.
#include <cstdio>
extern "C" {
static int handleToken;
int cublasCreate_v2(void **h) { *h = &handleToken; return 0; }
int cublasDestroy_v2(void *h) { return h == &handleToken ? 0 : 1; }  // CUBLAS_STATUS_NOT_INITIALIZED
const char *cublasGetStatusName(int s) { static char b[48]; snprintf(b, sizeof b, "FAKE_CUBLAS_STATUS_%d", s); return b; }
int cublasSgemmStridedBatched(void *h, int ta, int tb, int m, int n, int k, const float *alpha, const float *A, int lda, long long sa,
                              const float *B, int ldb, long long sb, const float *beta, float *C, int ldc, long long sc, int batch) {
    if (h != &handleToken) return 1;
    if (ta < 0 || ta > 1 || tb < 0 || tb > 1 || m < 0 || n < 0 || k < 0 || batch < 0) return 7;  // CUBLAS_STATUS_INVALID_VALUE
    if (lda < (ta ? k : m) || ldb < (tb ? n : k) || ldc < m) return 7;
    for (int q = 0; q < batch; q++)
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++) {
                float s = 0;
                for (int l = 0; l < k; l++) {
                    float a = ta ? A[q * sa + l + (long long) i * lda] : A[q * sa + i + (long long) l * lda];
                    float b = tb ? B[q * sb + j + (long long) l * ldb] : B[q * sb + l + (long long) j * ldb];
                    s += a * b;
                }
                float *c = &C[q * sc + i + (long long) j * ldc];
                *c = *alpha * s + (*beta == 0 ? 0 : *beta * *c);
            }
    return 0;
}
}
