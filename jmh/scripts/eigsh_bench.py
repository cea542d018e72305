"""SciPy/NumPy references for docs/benchmarks.md (run with Debian's /usr/bin/python3 + python3-scipy).

  /usr/bin/python3 jmh/scripts/eigsh_bench.py eigsh /tmp/g.mtx    # two-sided lambda via eigsh LA + SA
  /usr/bin/python3 jmh/scripts/eigsh_bench.py eigvalsh 2000       # dense LAPACK eigvalsh of a random 8-regular A
"""
import sys
import time

import numpy as np
import scipy.io
import scipy.sparse.linalg as sla


def eigsh(path):
    a = scipy.io.mmread(path).tocsr().astype(np.float64)
    t = time.perf_counter()
    c = time.process_time()
    top = sla.eigsh(a, k=2, which="LA", return_eigenvectors=False)
    bottom = sla.eigsh(a, k=1, which="SA", return_eigenvectors=False)
    dt = time.perf_counter() - t
    dc = time.process_time() - c
    mu2 = sorted(top)[0]
    mun = bottom[0]
    print(f"eigsh n={a.shape[0]}: wall {dt:.3f} s cpu {dc:.3f} s mu2={mu2:.10f} muN={mun:.10f} lambda={max(abs(mu2), abs(mun)):.10f}")


def eigvalsh(n, d=8, seed=1):
    rng = np.random.default_rng(seed)
    # Random d-regular-like symmetric 0/1 matrix (union of d/2 random perfect matchings of a permutation cycle).
    a = np.zeros((n, n))
    for _ in range(d // 2):
        p = rng.permutation(n)
        a[p, np.roll(p, 1)] = 1
        a[np.roll(p, 1), p] = 1
    best = best_cpu = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        c = time.process_time()
        np.linalg.eigvalsh(a)
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    print(f"numpy eigvalsh n={n}: best of 3 wall {best:.3f} s cpu {best_cpu:.3f} s (all threads)")


if __name__ == "__main__":
    if sys.argv[1] == "eigsh":
        eigsh(sys.argv[2])
    else:
        eigvalsh(int(sys.argv[2]))
