#!/usr/bin/env python3
"""SciPy reference for `overlay bench spectrum`: both ends of the adjacency spectrum of a graph.

Reads a Matrix Market graph (untimed), then times scipy.sparse.linalg.eigsh with which='LA', k=2
(mu1, mu2) plus which='SA', k=1 (mu_n), tol=1e-10, and prints
`seconds=<eigsh wall time>`, `cpu_seconds=<its CPU time, all threads>` and `mu1=`, `mu2=`, `mu_n=` lines, then a description line.
"""
import argparse
import sys
import time

try:
    import numpy as np
    import scipy
    import scipy.io
    import scipy.sparse.linalg as sla
except ImportError as e:  # reported by the caller
    print(f"No module named '{e.name}'")
    sys.exit(3)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--tol", type=float, default=1e-10)
    args = ap.parse_args()
    a = scipy.io.mmread(args.graph).tocsr().astype(np.float64)
    t0 = time.perf_counter()
    c0 = time.process_time()
    top = sla.eigsh(a, k=2, which="LA", tol=args.tol, return_eigenvectors=False)
    bottom = sla.eigsh(a, k=1, which="SA", tol=args.tol, return_eigenvectors=False)
    seconds = time.perf_counter() - t0
    cpu_seconds = time.process_time() - c0
    top = sorted(float(x) for x in top)
    print(f"seconds={seconds!r}")
    print(f"cpu_seconds={cpu_seconds!r}")
    print(f"mu1={top[1]!r}")
    print(f"mu2={top[0]!r}")
    print(f"mu_n={float(bottom[0])!r}")
    print(f"scipy {scipy.__version__} eigsh LA k=2 + SA k=1, tol {args.tol:g}, n={a.shape[0]}")


if __name__ == "__main__":
    main()
