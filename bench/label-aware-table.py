#!/usr/bin/env python3
"""Tables and an SVG plot for docs/label-aware.md from the runs of bench/label-aware-experiment.sh.

usage: bench/label-aware-table.py OUT_SVG_PREFIX RUNS_DIR[:SUFFIX] ...
(SUFFIX, after a colon, is appended to the name of that directory's label-aware runs, e.g. ' (beta=4)')
Per partition and overlay, over seeds: rounds to the target accuracy (evaluated every 5 rounds;
'-' when not reached in 70 rounds), final test accuracy, edges, and vector messages per round
(bytes sent / rounds / (4 bytes x parameters)). Plot: mean test accuracy vs round."""
import csv, json, os, statistics, sys

svg_prefix = sys.argv[1]
rows = {}   # (partition, label) -> list of per-seed dicts
curves = {}  # (partition, label) -> {round: [acc...]}
for spec in sys.argv[2:]:
  runs, _, suffix = spec.partition(':')
  for run in sorted(os.listdir(runs)):
      part, ca = run.split('-')[0], run.endswith('-ca')
      base = os.path.join(runs, run)
      for topo in sorted(os.listdir(base)):
          summary = os.path.join(base, topo, 'summary.json')
          if not os.path.isfile(summary):
              continue
          s = json.load(open(summary))
          label = topo + (' + clique averaging' if ca else '') + (suffix if topo == 'label-aware' else '')
          h = s['header']
          p, rounds = h['parameters_per_client'], s['rounds_done']
          rows.setdefault((part, label), []).append(dict(
              target=s['rounds_to_target'], final=s['final']['test_accuracy'], edges=h['edges'],
              msgs=s['final']['bytes_sent'] / rounds / (4 * p), lam=h['lambda_A'], rho=h['rho_W']))
          for r in csv.DictReader(open(os.path.join(base, topo, 'metrics.csv'))):
              curves.setdefault((part, label), {}).setdefault(int(r['round']), []).append(float(r['test_accuracy']))

order = ['random-regular', 'near-optimal', 'label-aware (beta=4)', 'label-aware', 'd-cliques', 'd-cliques + clique averaging', 'stl-fw']
def ms(xs, fmt):
    if len(xs) == 1: return fmt % xs[0]
    return (fmt + ' ± ' + fmt) % (statistics.mean(xs), statistics.stdev(xs))
for part in sorted({k[0] for k in rows}):
    print(f'\n#### {part}\n')
    print('| overlay | seeds | rounds to 70% (per seed) | mean | final test acc. | edges | messages/round | λ(A) | ρ(W) |')
    print('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for label in order:
        rs = rows.get((part, label))
        if not rs: continue
        t = [r['target'] for r in rs]
        reached = [x for x in t if x is not None]
        mean_t = ('%.1f' % statistics.mean(reached)) + ('' if len(reached) == len(t) else f' ({len(reached)}/{len(t)} reached)') if reached else '-'
        print(f"| {label} | {len(rs)} | {', '.join('-' if x is None else str(x) for x in t)} | {mean_t} | {ms([r['final'] for r in rs], '%.4f')} "
              f"| {ms([r['edges'] for r in rs], '%.0f')} | {ms([r['msgs'] for r in rs], '%.0f')} | {ms([r['lam'] for r in rs], '%.2f')} | {ms([r['rho'] for r in rs], '%.3f')} |")

colors = ['#1f77b4', '#ff7f0e', '#98df8a', '#2ca02c', '#d62728', '#9467bd', '#8c564b']
for part in sorted({k[0] for k in curves}):
    W, H, L, B = 640, 400, 60, 40
    lo, hi, rmax = 0.5, 0.8, 70
    X = lambda r: L + (W - L - 170) * r / rmax
    Y = lambda a: H - B - (H - 2 * B) * (min(max(a, lo), hi) - lo) / (hi - lo)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{L}" y="20" font-size="13">Fashion-MNIST {part}, n = 100, softmax: mean test accuracy over seeds</text>']
    for a in [0.5, 0.6, 0.7, 0.8]:
        dash = ' stroke-dasharray="4"' if a == 0.7 else ''
        out.append(f'<line x1="{L}" x2="{X(rmax)}" y1="{Y(a)}" y2="{Y(a)}" stroke="#ddd"{dash}/>'
                   f'<text x="{L - 30}" y="{Y(a) + 4}">{a:.1f}</text>')
    for r in range(0, rmax + 1, 10):
        out.append(f'<text x="{X(r) - 6}" y="{H - B + 16}">{r}</text>')
    out.append(f'<text x="{X(rmax / 2) - 20}" y="{H - 8}">round</text>')
    for i, label in enumerate(order):
        c = curves.get((part, label))
        if not c: continue
        pts = ' '.join(f'{X(r):.1f},{Y(statistics.mean(v)):.1f}' for r, v in sorted(c.items()))
        out.append(f'<polyline fill="none" stroke="{colors[i]}" stroke-width="2" points="{pts}"/>')
        out.append(f'<line x1="{W - 160}" x2="{W - 140}" y1="{60 + 16 * i}" y2="{60 + 16 * i}" stroke="{colors[i]}" stroke-width="2"/>'
                   f'<text x="{W - 135}" y="{64 + 16 * i}">{label.replace(" + clique averaging", " + CA")}</text>')
    out.append('</svg>')
    open(f'{svg_prefix}-{part}.svg', 'w').write('\n'.join(out))
