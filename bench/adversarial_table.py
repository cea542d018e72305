#!/usr/bin/env python3
"""Collects bench/adversarial.sh's comparison.csv files into the Markdown table of docs/adversarial.md.

Usage: bench/adversarial_table.py OUT_DIR
Cells: honest test accuracy of the honest clients' average model (mean of the honest clients' own
accuracies in parentheses), plain gossip -> ClippedGossip.
"""
import csv
import os
import sys

out = sys.argv[1]
runs = {}
for name in sorted(os.listdir(out)):
    path = os.path.join(out, name, "comparison.csv")
    if not os.path.isfile(path):
        continue
    f, agg = name[1:].split("-", 1)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            runs[(row["topology"], float(f), agg)] = (float(row["honest_test_accuracy"]), float(row["honest_mean_client_accuracy"]),
                                                     float(row["wall_s"]))
fractions = sorted({k[1] for k in runs})
topologies = ["ring", "exponential", "random-regular", "near-optimal", "complete"]
print("| topology | " + " | ".join(f"f = {f:g}" for f in fractions) + " |")
print("| --- |" + " ---: |" * len(fractions))
for t in topologies:
    cells = []
    for f in fractions:
        plain, clipped = runs.get((t, f, "mean")), runs.get((t, f, "clipped-gossip"))
        fmt = lambda r: "—" if r is None else f"{r[0]:.3f} ({r[1]:.3f})"
        cells.append(f"{fmt(plain)} → {fmt(clipped)}")
    print(f"| {t} | " + " | ".join(cells) + " |")
print()
print("wall time of all runs: %.0f s" % sum(v[2] for v in runs.values()))
