#!/usr/bin/env python3
"""Reference D-SGD round in straightforward batched numpy, for `overlay bench simulate`.

One round = every client takes one minibatch SGD step on an MLP 784-256-10 (ReLU, softmax
cross-entropy) and then gossips with its neighbours in a d-regular graph with uniform weights:
x_i <- (x_i + sum_{j in N(i)} x_j) / (d + 1). Parameters carry a leading client axis [n, ...] and
the forward/backward pass is one batched np.matmul per layer. Two formulations of the gossip, each
timed on its own (same data, same graph):
  gather  per tensor, x += x[nbr[:, k]] for each of the d neighbour columns (index gathers);
  csr     all parameters live in one [n, P] array and the gossip is one SciPy CSR product
          W @ params.reshape(n, -1) (needs scipy).
Data are synthetic with Fashion-MNIST's shape (784 features, 10 classes), float32.

Prints per formulation a description line and `rounds_per_second_<name>=<value>` (timed after
warm-up rounds), or `unavailable_<name>=<reason>`.
"""
import argparse
import os
import sys
import time

import numpy as np


def random_regular_graph(n, d, rng):
    """Random d-regular simple graph (d even) as an [n, d] neighbour index array: a circulant graph
    C_n(1..d/2) randomised by 10*n*d/2 degree-preserving double-edge swaps."""
    if d % 2 or d >= n:
        raise SystemExit(f"need even d < n, got n={n}, d={d}")
    adj = [set() for _ in range(n)]
    for v in range(n):
        for k in range(1, d // 2 + 1):
            adj[v].add((v + k) % n)
            adj[(v + k) % n].add(v)
    edges = [(u, v) for u in range(n) for v in adj[u] if u < v]
    for _ in range(10 * len(edges)):
        i, j = rng.integers(0, len(edges), 2)
        (a, b), (c, e) = edges[i], edges[j]
        if rng.random() < 0.5:
            c, e = e, c
        if len({a, b, c, e}) < 4 or e in adj[a] or c in adj[b]:
            continue
        adj[a].remove(b); adj[b].remove(a); adj[c].remove(e); adj[e].remove(c)
        adj[a].add(e); adj[e].add(a); adj[b].add(c); adj[c].add(b)
        edges[i], edges[j] = (a, e), (b, c)
    return np.array([sorted(s) for s in adj], dtype=np.int64)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--d", type=int, default=8)
    p.add_argument("--rounds", type=int, default=50)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--hidden", type=int, default=256)
    p.add_argument("--lr", type=float, default=0.05)
    p.add_argument("--per-client", type=int, default=600, help="training examples per client")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--gossip", choices=["gather", "csr", "both"], default="both")
    a = p.parse_args()

    n, d, b, h, f, c = a.n, a.d, a.batch, a.hidden, 784, 10
    graph_rng = np.random.default_rng(a.seed)
    nbr = random_regular_graph(n, d, graph_rng)
    for name in (["gather", "csr"] if a.gossip == "both" else [a.gossip]):
        try:
            rate, desc = time_rounds(name, nbr, a, n, d, b, h, f, c)
        except ImportError as e:
            print(f"unavailable_{name}={e}")
            continue
        print(desc)
        print(f"rounds_per_second_{name}={rate:.4f}")
    return 0


def time_rounds(gossip, nbr, a, n, d, b, h, f, c):
    """Rounds per second of one gossip formulation, and a description line."""
    rng = np.random.default_rng(a.seed + 1)
    data = rng.random((n * a.per_client, f), dtype=np.float32)
    labels = rng.integers(0, c, n * a.per_client)
    offsets = (np.arange(n) * a.per_client)[:, None]
    sizes = [f * h, h, h * c, c]
    flat = np.empty((n, sum(sizes)), np.float32)        # all parameters, one row per client
    views, start = [], 0
    for size, shape in zip(sizes, [(f, h), (h,), (h, c), (c,)]):
        v = flat[:, start:start + size].reshape((n,) + shape)
        assert np.shares_memory(v, flat)
        views.append(v)
        start += size
    w1, b1, w2, b2 = views
    w1[...] = rng.standard_normal((n, f, h), dtype=np.float32) * np.float32(np.sqrt(2.0 / f))
    b1[...] = 0
    w2[...] = rng.standard_normal((n, h, c), dtype=np.float32) * np.float32(np.sqrt(2.0 / h))
    b2[...] = 0
    params = [w1, b1, w2, b2]
    rows = np.arange(n)[:, None]
    if gossip == "csr":
        import scipy
        import scipy.sparse as sp
        cols = np.concatenate([np.arange(n)[:, None], nbr], axis=1).ravel()
        W = sp.csr_matrix((np.full(n * (d + 1), 1.0 / (d + 1), np.float32), cols,
                           np.arange(0, n * (d + 1) + 1, d + 1)), shape=(n, n))
        lib = f"numpy {np.__version__} + scipy {scipy.__version__} CSR"
    else:
        lib = f"numpy {np.__version__}"

    def one_round():
        idx = rng.integers(0, a.per_client, (n, b)) + offsets
        x = data[idx]                                   # [n, b, 784]
        y = labels[idx]                                 # [n, b]
        z = np.matmul(x, w1) + b1[:, None, :]           # [n, b, h]
        hid = np.maximum(z, 0)
        logits = np.matmul(hid, w2) + b2[:, None, :]    # [n, b, c]
        logits -= logits.max(axis=2, keepdims=True)
        prob = np.exp(logits)
        prob /= prob.sum(axis=2, keepdims=True)
        prob[rows, np.arange(b)[None, :], y] -= 1.0     # dL/dlogits * b
        dlog = prob / b
        gw2 = np.matmul(hid.transpose(0, 2, 1), dlog)   # [n, h, c]
        gb2 = dlog.sum(axis=1)
        dh = np.matmul(dlog, w2.transpose(0, 2, 1)) * (z > 0)
        gw1 = np.matmul(x.transpose(0, 2, 1), dh)       # [n, 784, h]
        gb1 = dh.sum(axis=1)
        for prm, g in zip(params, (gw1, gb1, gw2, gb2)):
            prm -= a.lr * g
        if gossip == "csr":                             # one sparse product over all parameters
            flat[...] = W @ flat.reshape(n, -1)
        else:
            for prm in params:                          # sparse gossip, uniform weights 1/(d+1)
                acc = prm.copy()
                for k in range(d):
                    acc += prm[nbr[:, k]]
                acc *= 1.0 / (d + 1)
                prm[...] = acc

    for _ in range(a.warmup):
        one_round()
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        one_round()
    dt = time.perf_counter() - t0
    desc = (f"{lib}, gossip {gossip}, n={n}, d={d}, MLP {f}-{h}-{c}, batch {b}, float32, "
            f"{a.rounds} rounds in {dt:.2f} s, cpus={os.cpu_count()}")
    return a.rounds / dt, desc


if __name__ == "__main__":
    sys.exit(main())
