// Host stand-in for libcusparse.so.13 (HostEmulatedCudaTest): CSR (32-bit indices, base 0, float)
// times a row-major dense matrix, with the generic API's argument order; rejects other enum values.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
extern "C" {
struct Csr { int64_t rows, cols, nnz; int *off, *col; float *val; };
struct Dn { int64_t rows, cols, ld; float *v; };
static int handleToken;
int cusparseCreate(void **h) { *h = &handleToken; return 0; }
int cusparseDestroy(void *h) { return h == &handleToken ? 0 : 1; }
const char *cusparseGetErrorName(int s) { static char b[48]; snprintf(b, sizeof b, "FAKE_CUSPARSE_STATUS_%d", s); return b; }
int cusparseCreateCsr(void **d, int64_t rows, int64_t cols, int64_t nnz, void *off, void *col, void *val, int offType, int colType, int base,
                      int valueType) {
    if (offType != 2 || colType != 2 || base != 0 || valueType != 0) return 3;  // CUSPARSE_STATUS_INVALID_VALUE
    *d = new Csr{rows, cols, nnz, (int *) off, (int *) col, (float *) val};
    return 0;
}
int cusparseDestroySpMat(void *d) { delete (Csr *) d; return 0; }
int cusparseCreateDnMat(void **d, int64_t rows, int64_t cols, int64_t ld, void *v, int valueType, int order) {
    if (valueType != 0 || order != 2 || ld < cols) return 3;  // only row-major float here
    *d = new Dn{rows, cols, ld, (float *) v};
    return 0;
}
int cusparseDestroyDnMat(void *d) { delete (Dn *) d; return 0; }
static int check(void *h, int opA, int opB, const void *a, void *A, void *B, const void *b, void *C, int compute, int alg) {
    if (h != &handleToken) return 1;
    if (opA != 0 || opB != 0 || compute != 0 || alg != 0 || !a || !b) return 3;
    Csr *s = (Csr *) A;
    Dn *x = (Dn *) B, *y = (Dn *) C;
    if (s->cols != x->rows || s->rows != y->rows || x->cols != y->cols) return 3;
    return 0;
}
int cusparseSpMM_bufferSize(void *h, int opA, int opB, const void *a, void *A, void *B, const void *b, void *C, int compute, int alg,
                            size_t *size) {
    int rc = check(h, opA, opB, a, A, B, b, C, compute, alg);
    if (rc == 0) *size = 256;
    return rc;
}
int cusparseSpMM(void *h, int opA, int opB, const void *a, void *A, void *B, const void *b, void *C, int compute, int alg, void *work) {
    int rc = check(h, opA, opB, a, A, B, b, C, compute, alg);
    if (rc != 0) return rc;
    if (!work) return 3;
    Csr *s = (Csr *) A;
    Dn *x = (Dn *) B, *y = (Dn *) C;
    float alpha = *(const float *) a, beta = *(const float *) b;
    for (int64_t i = 0; i < s->rows; i++)
        for (int64_t e = 0; e < x->cols; e++) {
            float acc = 0;
            for (int k = s->off[i]; k < s->off[i + 1]; k++) acc += s->val[k] * x->v[(int64_t) s->col[k] * x->ld + e];
            float *out = &y->v[i * y->ld + e];
            *out = alpha * acc + (beta == 0 ? 0 : beta * *out);
        }
    return 0;
}
}
