#!/usr/bin/env bash
# The held-in evaluation of ../shared/bench/fidelity on the Inf-Net slices, for one preset:
#   1. train PRESET on slice 10 (its expert infection mask, lungs proposed automatically),
#   2. make the 39 condition masks (other slices' infection + proposed lungs, in the stored layout),
#   3. synthesise VARIANTS randomised-condition images per condition as a labelled dataset,
#   4. score the synthetic set with `cosingan evaluate` (with BASELINE=1 its same run also trains on
#      the one real slice, and on the synthetic set plus that slice) and, with YARDSTICK=1, with the
#      shared yardstick (unet_eval.py).
#
#   [YARDSTICK=1] [BASELINE=1] [MODEL=DIR] [GENERATE="options"] \
#     scripts/evaluate-infnet.sh PRESET [VARIANTS=4] [OUT=build/evaluation/PRESET] [train options ...]
#
# MODEL uses a model trained before (no training); GENERATE adds options to generate (e.g.
# "--rc-mode region", or "--fuse OTHER_MODEL").
#
# Steps whose results exist are skipped (delete OUT to start over). Timings go to OUT/times.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:?usage: evaluate-infnet.sh PRESET [VARIANTS] [OUT] [train options...]}
variants=${2:-4}
out=${3:-$root/build/evaluation/$preset}
shift $(( $# < 3 ? $# : 3 ))
# shellcheck source=infnet-split.sh
source "$root/scripts/infnet-split.sh"
mkdir -p "$out"

model=${MODEL:-$out/model}
if [[ -z "${MODEL:-}" ]] && ! grep -q '"complete": true' "$out/model/manifest.json" 2>/dev/null; then
  stamp "train $preset $*"
  start=$(date +%s)
  if [[ -d "$out/model/checkpoint" ]]; then
    "$cli" train --resume --out "$out/model"
  else
    "$cli" train "$data/images/10.jpg" --infection "$data/infection/10.png" --auto-lungs --transpose \
      --preset "$preset" --out "$out/model" "$@"
  fi
  stamp "trained in $(( $(date +%s) - start )) s"
fi

bundle_labels "$out/conditions" "${conditions[@]}"

if [[ ! -d "$out/synthetic" ]]; then
  masks=()
  for k in "${conditions[@]}"; do masks+=(--mask "$out/conditions/$k.png"); done
  diversity=(--rc)
  stamp "generate $variants variants of ${#conditions[@]} conditions"
  # shellcheck disable=SC2086
  "$cli" generate --model "$model" "${masks[@]}" --transpose "${diversity[@]}" ${GENERATE:-} --count "$variants" --dataset \
    --out "$out/synthetic.partial"
  mv "$out/synthetic.partial" "$out/synthetic"
fi

run_yardstick "$out/synthetic"

if [[ ! -f "$out/evaluate.json" ]]; then
  stamp "cosingan evaluate"
  baseline=()
  [[ "${BASELINE:-0}" == 1 ]] && baseline=(--baseline-real "$data" --baseline-slices 10 --mixed)
  "$cli" evaluate --train "$out/synthetic" --test "$data" --test-slices "$test_slices" --auto-lungs "${baseline[@]}" \
    --json "$out/evaluate.json" --csv "$out/evaluate.csv" | tee "$out/evaluate.txt"
fi
stamp "done"
[[ -f "$out/yardstick.txt" ]] && grep RESULT "$out/yardstick.txt"
cat "$out/evaluate.txt"
