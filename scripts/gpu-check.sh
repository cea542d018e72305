#!/usr/bin/env bash
# One prepared check of the GPU engine on a GPU machine (under 8 minutes on an H100/H200).
# Needs a Java 22+ runtime and the slim jar; nothing else (no Maven, no CUDA toolkit, no ND4J).
#
#   scripts/gpu-check.sh [OUT_DIR]
#
# Environment: JAR (default overlay-cli/target/overlay-cli-slim.jar, else .device/overlay-cli-slim.jar),
#   JAVA (default: /tmp/jre/bin/java, unpacking .device/jre.tgz there if needed, else java on PATH),
#   SIZES (default 100,1000,4000,10000), DFLOVERLAY_CUDA_PATH (extra folders with libcuda/libcublas/...).
# Writes into OUT_DIR (default gpu-check-results/<UTC time>): environment.txt, nvidia-smi.txt, smoke.txt,
#   gossip.txt, parity.txt, summary.txt (GpuCheck), bench.txt (overlay bench gpu), bench-kernel-gossip.txt
#   (the same with the csr_gossip kernel instead of cuSPARSE), timings.txt, exit-codes.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:-gpu-check-results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
jar=${JAR:-}
if [ -z "$jar" ]; then
  for j in overlay-cli/target/overlay-cli-slim.jar .device/overlay-cli-slim.jar; do [ -f "$j" ] && { jar=$j; break; }; done
fi
[ -n "$jar" ] && [ -f "$jar" ] || { echo "gpu-check: slim jar not found (set JAR=...)" | tee "$out/error.txt" >&2; exit 2; }
java=${JAVA:-}
if [ -z "$java" ]; then
  if [ ! -x /tmp/jre/bin/java ] && [ -f .device/jre.tgz ]; then mkdir -p /tmp/jre && tar xzf .device/jre.tgz -C /tmp/jre; fi
  if [ -x /tmp/jre/bin/java ]; then java=/tmp/jre/bin/java; else java=$(command -v java || true); fi
fi
[ -n "$java" ] || { echo "gpu-check: no java found (set JAVA=...)" | tee "$out/error.txt" >&2; exit 2; }
flags=(--enable-native-access=ALL-UNNAMED -Xmx24g)
sizes=${SIZES:-100,1000,4000,10000}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host: $(hostname)"
  echo "jar: $jar ($(du -h "$jar" | cut -f1))"
  echo "java: $("$java" -version 2>&1 | head -1)"
  echo "cpus: $(nproc)"
  echo "LD_LIBRARY_PATH=${LD_LIBRARY_PATH:-}"
  echo "CUDA_HOME=${CUDA_HOME:-}"
} > "$out/environment.txt"
command -v nvidia-smi >/dev/null && nvidia-smi > "$out/nvidia-smi.txt" 2>&1

step() { # name timeout_s command...
  local name=$1 limit=$2; shift 2
  local t0=$(date +%s%N)
  timeout "$limit" "$@"
  local rc=$?
  echo "$name: exit $rc, $(( ($(date +%s%N) - t0) / 1000000 )) ms" >> "$out/timings.txt"
  return $rc
}

step gpucheck 240 "$java" "${flags[@]}" -cp "$jar" io.dfloverlay.sim.engine.gpu.GpuCheck "$out" --device cuda \
  > "$out/gpucheck.log" 2>&1
check_rc=$?
step bench 200 "$java" "${flags[@]}" -jar "$jar" bench gpu --n "$sizes" --rounds 50 --warmup 5 \
  > "$out/bench.txt" 2>&1
bench_rc=$?
# the same round with our column-chunked csr_gossip kernel instead of cuSPARSE, to pick the default
step bench-kernel-gossip 120 "$java" "${flags[@]}" -Ddfloverlay.gpu.gossip=kernel -jar "$jar" bench gpu --n 1000,4000 --rounds 50 --warmup 5 \
  > "$out/bench-kernel-gossip.txt" 2>&1
echo "gpucheck=$check_rc bench=$bench_rc bench-kernel-gossip=$?" > "$out/exit-codes.txt"
cat "$out/gpucheck.log" "$out/bench.txt" "$out/bench-kernel-gossip.txt" "$out/timings.txt"
[ "$check_rc" -eq 0 ] && [ "$bench_rc" -eq 0 ]
