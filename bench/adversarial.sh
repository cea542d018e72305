#!/usr/bin/env bash
# The Fashion-MNIST adversarial experiment of docs/adversarial.md: honest accuracy per topology at
# Byzantine shares F (model-replacement attack), with plain gossip and with ClippedGossip.
# Usage: bench/adversarial.sh OUT_DIR [F ...]   (default F: 0 0.1 0.2 0.3)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: bench/adversarial.sh OUT_DIR [F ...]}; shift
[ $# -gt 0 ] && fractions=("$@") || fractions=(0 0.1 0.2 0.3)
common=(--topologies ring,exponential,random-regular,near-optimal,complete --n 32 --d 4 --dataset fashion-mnist
        --model softmax --rounds ${ROUNDS:-60} --eval-every ${ROUNDS:-60} --batch 32 --lr 0.1 --engine cpu --seed 1
        --attack ${ATTACK:-model-replacement} -q --no-plots)
for f in "${fractions[@]}"; do
  for agg in mean clipped-gossip; do
    dir="$out/f$f-$agg"
    [ -f "$dir/comparison.csv" ] && continue
    start=$(date +%s)
    "$root/overlay" compare "${common[@]}" --byzantine "$f" --aggregator "$agg" -o "$dir" >/dev/null
    echo "f=$f $agg: $(( $(date +%s) - start )) s" >&2
  done
done
