#!/usr/bin/env python3
"""Plots honest test accuracy against the Byzantine share f, per topology, plain gossip vs ClippedGossip,
from the folders bench/adversarial.sh writes (OUT/f<F>-<aggregator>/comparison.csv).
Usage: bench/adversarial_plot.py OUT docs/results/adversarial.png   (needs matplotlib)"""
import csv, glob, os, re, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

out_dir, png = sys.argv[1], sys.argv[2]
acc = {}  # (aggregator, topology) -> {f: accuracy}
for path in glob.glob(os.path.join(out_dir, "f*-*", "comparison.csv")):
    m = re.match(r"f([0-9.]+)-(.+)", os.path.basename(os.path.dirname(path)))
    f, agg = float(m.group(1)), m.group(2)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            acc.setdefault((agg, row["topology"]), {})[f] = float(row["honest_test_accuracy"])
aggs = sorted({a for a, _ in acc})
fig, axes = plt.subplots(1, len(aggs), figsize=(5 * len(aggs), 3.6), sharey=True)
for ax, agg in zip(axes if len(aggs) > 1 else [axes], aggs):
    for (a, topo), pts in sorted(acc.items()):
        if a != agg:
            continue
        fs = sorted(pts)
        ax.plot(fs, [pts[f] for f in fs], marker="o", label=topo)
    ax.set_title(f"aggregator: {agg}")
    ax.set_xlabel("Byzantine share f (model replacement)")
    ax.grid(alpha=0.3)
axes[0].set_ylabel("honest test accuracy") if len(aggs) > 1 else axes.set_ylabel("honest test accuracy")
(axes[-1] if len(aggs) > 1 else axes).legend(fontsize=8)
fig.tight_layout()
fig.savefig(png, dpi=90)
print("wrote", png)
