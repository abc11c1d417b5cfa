#!/usr/bin/env bash
# On a machine with the full build: packs the held-in Inf-Net evaluation (docs/evaluation.md) as
# slice bundles, which the engine-only build on a GPU server can read (it has no image decoders):
#   OUT/train/10.pt       the training slice (image, expert infection, proposed lungs)
#   OUT/conditions/K.pt   the 39 condition slices (generate uses their labels only)
#   OUT/test/K.pt         the 10 real test slices with their labels (evaluate's test set)
# All in the engine's layout (the JPGs are stored transposed: --transpose). Then, on the GPU server:
#   scripts/engine-gpu.sh RESULTS OUT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: prepare-gpu-evaluation.sh OUT}
data=${COSINGAN_SHARED_DATA:-$root/../shared/data}/infnet-train
cli=${COSINGAN_CLI:-$root/build/app/cli/cosingan}
test_slices=2,13,20,27,33,41,46,53,57,67
mkdir -p "$out/train" "$out/conditions" "$out/test"
for f in "$data"/images/*.jpg; do
  k=$(basename "$f" .jpg)
  if [[ $k == 10 ]]; then dir=train; elif [[ ",$test_slices," == *",$k,"* ]]; then dir=test; else dir=conditions; fi
  [[ -f "$out/$dir/$k.pt" ]] || "$cli" bundle "$f" --infection "$data/infection/$k.png" --auto-lungs --transpose \
    --out "$out/$dir/$k.pt" 2>/dev/null
done
echo "bundles in $out: $(ls "$out/train" | wc -l) training, $(ls "$out/conditions" | wc -l) conditions, $(ls "$out/test" | wc -l) test"
