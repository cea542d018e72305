#!/usr/bin/env bash
# The experiment of docs/label-aware.md: Fashion-MNIST, n = 100, softmax, 70 rounds, 3 seeds,
# Dirichlet(0.1) and one class per client (shards:1). Writes runs/label-aware/<partition>-<seed>[-ca]/
# and runs/label-aware-beta4/<partition>-<seed>/ (label-aware with beta = 4 instead of the default 8).
# Tables and plots: bench/label-aware-table.py docs/label-aware/accuracy runs/label-aware runs/label-aware-beta4:" (beta=4)"
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-runs/label-aware}
# a fixed copy of the jar, so that editing sources during the runs does not rebuild it
jar=${OVERLAY_JAR:-overlay-cli/target/overlay-cli.jar}
overlay() { "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -jar "$jar" "$@"; }
common=(--n 100 --d 9 --model softmax --rounds 70 --eval-every 5 --lr 0.1 --quiet --no-plots)
for seed in 1 2 3; do
  for part in dirichlet:0.1 shards:1; do
    tag=${part/:/}-$seed
    overlay compare --topologies random-regular,near-optimal,label-aware,d-cliques,stl-fw "${common[@]}" \
      --partition "$part" --seed "$seed" --out "$out/$tag"
    overlay compare --topologies d-cliques --algorithm clique-averaging "${common[@]}" \
      --partition "$part" --seed "$seed" --out "$out/$tag-ca"
    overlay compare --topologies label-aware --param beta=4 "${common[@]}" \
      --partition "$part" --seed "$seed" --out "$out-beta4/$tag"
  done
done
