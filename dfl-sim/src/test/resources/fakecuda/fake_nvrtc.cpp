// Host stand-in for libnvrtc.so.13 (HostEmulatedCudaTest): "compiles" CUDA C to a PTX-shaped text
// with PTX ISA 8.0, one .entry per extern "C" __global__ function of the source, for the
// architecture asked with --gpu-architecture=compute_XY; checks the API's argument order.
#include <cstdio>
#include <cstring>
#include <string>
extern "C" {
struct Program { std::string src, name, ptx, log; };
int nvrtcVersion(int *major, int *minor) { *major = 13; *minor = 0; return 0; }
int nvrtcCreateProgram(void **prog, const char *src, const char *name, int numHeaders, const char *const *headers, const char *const *names) {
    if (!prog || !src || numHeaders != 0 || headers || names) return 3;  // NVRTC_ERROR_INVALID_INPUT
    *prog = new Program{src, name ? name : "", "", ""};
    return 0;
}
int nvrtcCompileProgram(void *p, int numOptions, const char *const *options) {
    Program *g = (Program *) p;
    if (numOptions != 1 || strncmp(options[0], "--gpu-architecture=compute_", 27) != 0) { g->log = "bad options"; return 5; }
    std::string arch = options[0] + 27;
    g->ptx = "// fake NVRTC of " + g->name + "\n.version 8.0\n.target sm_" + arch + "\n";
    const std::string marker = "extern \"C\" __global__ void ";
    for (size_t at = g->src.find(marker); at != std::string::npos; at = g->src.find(marker, at + 1)) {
        size_t from = at + marker.size();
        g->ptx += ".entry " + g->src.substr(from, g->src.find('(', from) - from) + "(\n";
    }
    return 0;
}
int nvrtcGetPTXSize(void *p, size_t *size) { *size = ((Program *) p)->ptx.size() + 1; return 0; }
int nvrtcGetPTX(void *p, char *out) { memcpy(out, ((Program *) p)->ptx.c_str(), ((Program *) p)->ptx.size() + 1); return 0; }
int nvrtcGetProgramLogSize(void *p, size_t *size) { *size = ((Program *) p)->log.size() + 1; return 0; }
int nvrtcGetProgramLog(void *p, char *out) { memcpy(out, ((Program *) p)->log.c_str(), ((Program *) p)->log.size() + 1); return 0; }
int nvrtcDestroyProgram(void **p) { delete (Program *) *p; *p = nullptr; return 0; }
const char *nvrtcGetErrorString(int r) { static char b[48]; snprintf(b, sizeof b, "FAKE_NVRTC_ERROR_%d", r); return b; }
}
