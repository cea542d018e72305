// A host-memory stand-in for libcuda.so.1, for testing the engine's FFM code path without a GPU
// (HostEmulatedCudaTest). Device pointers are host pointers; kernels are kernels.cu itself compiled
// as C++ and run block by block, thread by thread. Checks what a real driver would reject:
// unknown pointers, PTX that is not text with the kernel's .entry, a null kernelParams.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

struct Dim3 { unsigned x, y, z; };
static Dim3 blockIdx, blockDim, gridDim, threadIdx;
#define __global__
#define __device__
#include "kernels.cu"

typedef int CUresult;
typedef unsigned long long CUdeviceptr;
static std::set<uintptr_t> live;
static int contextToken, moduleToken;
static const char *currentPtx;

extern "C" {
CUresult cuInit(unsigned int flags) { return flags == 0 ? 0 : 1; }
CUresult cuDriverGetVersion(int *v) { *v = 13000; return 0; }
CUresult cuDeviceGetCount(int *n) { *n = 1; return 0; }
CUresult cuDeviceGet(int *d, int ordinal) { if (ordinal != 0) return 101; *d = 0; return 0; }
CUresult cuDeviceGetName(char *name, int len, int dev) { if (dev != 0) return 101; snprintf(name, len, "host-emulated CUDA"); return 0; }
CUresult cuDeviceGetAttribute(int *v, int attr, int dev) {
    if (dev != 0) return 101;
    switch (attr) {
        case 16: *v = 4; return 0;        // multiprocessors
        case 36: *v = 1000000; return 0;  // memory clock, kHz
        case 37: *v = 64; return 0;       // bus width, bits
        case 75: *v = 9; return 0;        // compute capability 9.0
        case 76: *v = 0; return 0;
        default: return 1;                // CUDA_ERROR_INVALID_VALUE
    }
}
CUresult cuDeviceTotalMem_v2(size_t *bytes, int dev) { if (dev != 0) return 101; *bytes = (size_t) 1 << 34; return 0; }
CUresult cuDevicePrimaryCtxRetain(void **ctx, int dev) { if (dev != 0) return 101; *ctx = &contextToken; return 0; }
// the engine must have freed every buffer before it lets go of the context (CUDA_ERROR_INVALID_VALUE otherwise)
CUresult cuDevicePrimaryCtxRelease_v2(int dev) { return dev != 0 ? 101 : live.empty() ? 0 : 1; }
CUresult cuCtxSetCurrent(void *ctx) { return ctx == &contextToken ? 0 : 201; }
CUresult cuCtxSynchronize(void) { return 0; }
CUresult cuMemAlloc_v2(CUdeviceptr *p, size_t bytes) {
    if (bytes == 0) return 1;
    void *m = malloc(bytes);
    if (!m) return 2;
    live.insert((uintptr_t) m);
    *p = (CUdeviceptr) (uintptr_t) m;
    return 0;
}
CUresult cuMemFree_v2(CUdeviceptr p) {
    if (!live.erase((uintptr_t) p)) return 1;
    free((void *) (uintptr_t) p);
    return 0;
}
CUresult cuMemsetD8_v2(CUdeviceptr p, unsigned char v, size_t n) { memset((void *) (uintptr_t) p, v, n); return 0; }
CUresult cuMemcpyHtoD_v2(CUdeviceptr d, const void *h, size_t n) { memcpy((void *) (uintptr_t) d, h, n); return 0; }
CUresult cuMemcpyDtoH_v2(void *h, CUdeviceptr d, size_t n) { memcpy(h, (const void *) (uintptr_t) d, n); return 0; }
CUresult cuMemcpyDtoD_v2(CUdeviceptr d, CUdeviceptr s, size_t n) { memmove((void *) (uintptr_t) d, (const void *) (uintptr_t) s, n); return 0; }
CUresult cuModuleLoadData(void **module, const void *image) {
    const char *ptx = (const char *) image;
    if (strncmp(ptx, "//", 2) != 0 || !strstr(ptx, ".target sm_90")) return 218;  // CUDA_ERROR_INVALID_PTX
    // FAKE_CUDA_DRIVER_PTX_ISA=8.0 plays a CUDA 12.0 driver: PTX of a newer ISA is refused (UNSUPPORTED_PTX_VERSION)
    const char *isa = getenv("FAKE_CUDA_DRIVER_PTX_ISA");
    const char *version = strstr(ptx, ".version ");
    if (isa && version && atof(version + 9) > atof(isa)) return 222;
    currentPtx = strdup(ptx);
    *module = &moduleToken;
    return 0;
}
CUresult cuModuleUnload(void *module) { return module == &moduleToken ? 0 : 400; }

typedef void (*Trampoline)(void **a);
#define P(T, i) (*(T *) a[i])
static void t_gather_rows(void **a) { gather_rows(P(float *, 0), P(const float *, 1), P(const int *, 2), P(int, 3), P(int, 4)); }
static void t_bias_act(void **a) { bias_act(P(float *, 0), P(const float *, 1), P(long long, 2), P(long long, 3), P(int, 4), P(int, 5), P(int, 6), P(int, 7)); }
static void t_softmax_xent_grad(void **a) { softmax_xent_grad(P(float *, 0), P(const int *, 1), P(const int *, 2), P(float *, 3), P(int, 4), P(int, 5), P(float, 6)); }
static void t_squared_grad(void **a) { squared_grad(P(float *, 0), P(const float *, 1), P(const int *, 2), P(float *, 3), P(int, 4), P(float, 5)); }
static void t_relu_mask(void **a) { relu_mask(P(float *, 0), P(const float *, 1), P(long long, 2)); }
static void t_bias_grad(void **a) { bias_grad(P(float *, 0), P(long long, 1), P(long long, 2), P(const float *, 3), P(int, 4), P(int, 5), P(int, 6)); }
static void t_sgd_step(void **a) { sgd_step(P(float *, 0), P(float *, 1), P(float *, 2), P(long long, 3), P(float, 4), P(float, 5), P(float, 6)); }
static void t_axpy(void **a) { axpy(P(float, 0), P(const float *, 1), P(float *, 2), P(long long, 3)); }
static void t_column_mean(void **a) { column_mean(P(float *, 0), P(const float *, 1), P(int, 2), P(long long, 3)); }
static void t_column_sq_dev(void **a) { column_sq_dev(P(double *, 0), P(const float *, 1), P(int, 2), P(long long, 3)); }
static void t_sum_chunks_f32(void **a) { sum_chunks_f32(P(double *, 0), P(const float *, 1), P(long long, 2), P(int, 3)); }
static void t_sum_chunks_f64(void **a) { sum_chunks_f64(P(double *, 0), P(const double *, 1), P(long long, 2), P(int, 3)); }
static void t_eval_softmax(void **a) { eval_softmax(P(float *, 0), P(float *, 1), P(float *, 2), P(const int *, 3), P(int, 4), P(int, 5), P(int, 6), P(int, 7)); }
static void t_eval_squared(void **a) { eval_squared(P(float *, 0), P(const float *, 1), P(const float *, 2), P(int, 3), P(int, 4), P(int, 5)); }
static void t_csr_gossip(void **a) { csr_gossip(P(float *, 0), P(const float *, 1), P(const int *, 2), P(const int *, 3), P(const float *, 4), P(int, 5), P(long long, 6)); }

struct Kernel { const char *name; Trampoline run; };
static Kernel kernels[] = {
    {"gather_rows", t_gather_rows}, {"bias_act", t_bias_act}, {"softmax_xent_grad", t_softmax_xent_grad},
    {"squared_grad", t_squared_grad}, {"relu_mask", t_relu_mask}, {"bias_grad", t_bias_grad}, {"sgd_step", t_sgd_step},
    {"axpy", t_axpy}, {"column_mean", t_column_mean}, {"column_sq_dev", t_column_sq_dev}, {"sum_chunks_f32", t_sum_chunks_f32},
    {"sum_chunks_f64", t_sum_chunks_f64}, {"eval_softmax", t_eval_softmax}, {"eval_squared", t_eval_squared},
    {"csr_gossip", t_csr_gossip}};

CUresult cuModuleGetFunction(void **f, void *module, const char *name) {
    if (module != &moduleToken) return 400;
    std::string entry = std::string(".entry ") + name + "(";
    if (!strstr(currentPtx, entry.c_str())) return 500;  // CUDA_ERROR_NOT_FOUND
    for (Kernel &k : kernels) if (strcmp(k.name, name) == 0) { *f = &k; return 0; }
    return 500;
}
CUresult cuLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz, unsigned shared,
                        void *stream, void **params, void **extra) {
    if (!f || !params || extra || stream || gy != 1 || gz != 1 || by != 1 || bz != 1 || bx == 0 || bx > 1024 || gx == 0 || shared) return 1;
    Kernel *k = (Kernel *) f;
    gridDim = {gx, 1, 1};
    blockDim = {bx, 1, 1};
    for (unsigned b = 0; b < gx; b++)
        for (unsigned t = 0; t < bx; t++) {
            blockIdx = {b, 0, 0};
            threadIdx = {t, 0, 0};
            k->run(params);
        }
    return 0;
}
CUresult cuGetErrorName(CUresult e, const char **s) {
    static char buf[64];
    snprintf(buf, sizeof buf, "FAKE_CUDA_ERROR_%d", e);
    *s = buf;
    return 0;
}
}
