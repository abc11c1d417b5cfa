#!/usr/bin/env bash
# Does training on the lung box pay where the lungs do not fill the slice? The held-in Inf-Net
# split of evaluate-infnet.sh with every slice (the training slice and the 39 conditions) centred
# in a field FACTOR times its longer side, padded with its border's median, as a full CT slice
# holds its lungs (docs/presets.md measures the lung box on RICORD at about two thirds of the
# field). A cpu-fast model trained on the padded slice 10 — on the whole field (`full`) or on the
# lung box (`lungs`, --crop-to-lungs 0.1) — draws the padded conditions; its images are cut back
# to each slice's own frame (scripts/full-field.py) and scored against the real, unpadded test
# slices with `cosingan evaluate` and, with YARDSTICK=1, the shared yardstick.
#
#   [YARDSTICK=1] scripts/evaluate-full-field.sh full|lungs [SEED=1] [FACTOR=1.5] [OUT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:?usage: evaluate-full-field.sh full|lungs [SEED] [FACTOR] [OUT]}
seed=${2:-1}
factor=${3:-1.5}
out=${4:-$root/build/evaluation/full-field-$mode-x$factor-seed$seed}
# shellcheck source=infnet-split.sh
source "$root/scripts/infnet-split.sh"
case $mode in full) crop=() ;; lungs) crop=(--crop-to-lungs 0.1) ;; *) echo "mode: full or lungs" >&2; exit 2 ;; esac
keys=(10 "${conditions[@]}")
mkdir -p "$out"

bundle_labels "$out/labels" "${keys[@]}"
if [[ ! -d "$out/padded" ]]; then
  "$python" "$root/scripts/full-field.py" pad "$data/images" "$out/labels" "$out/padded.partial" "$factor" "$(IFS=,; echo "${keys[*]}")"
  mv "$out/padded.partial" "$out/padded"
fi
if ! grep -q '"complete": true' "$out/model/manifest.json" 2>/dev/null; then
  stamp "train cpu-fast $mode seed $seed"
  start=$(date +%s)
  if [[ -d "$out/model/checkpoint" ]]; then
    "$cli" train --resume --out "$out/model"
  else
    "$cli" train "$out/padded/images/10.png" --labels "$out/padded/labels/10.png" --transpose --preset cpu-fast \
      --seed "$seed" "${crop[@]}" --out "$out/model"
  fi
  stamp "trained in $(( $(date +%s) - start )) s"
fi
if [[ ! -d "$out/synthetic" ]]; then
  masks=()
  for k in "${keys[@]:1}"; do masks+=(--mask "$out/padded/labels/$k.png"); done
  rm -rf "$out/generated"
  "$cli" generate --model "$out/model" "${masks[@]}" --transpose --rc --count 4 --json --out "$out/generated" > "$out/generated.json"
  "$python" "$root/scripts/full-field.py" unpad "$out/generated.json" "$out/padded/offsets.json" "$out/labels" "$out/synthetic.partial"
  mv "$out/synthetic.partial" "$out/synthetic"
fi
run_yardstick "$out/synthetic"
if [[ ! -f "$out/evaluate.json" ]]; then
  stamp "cosingan evaluate"
  "$cli" evaluate --train "$out/synthetic" --test "$data" --test-slices "$test_slices" --auto-lungs \
    --json "$out/evaluate.json" --csv "$out/evaluate.csv" | tee "$out/evaluate.txt"
fi
stamp "done"
[[ -f "$out/yardstick.txt" ]] && grep RESULT "$out/yardstick.txt"
cat "$out/evaluate.txt"
