#!/usr/bin/env bash
# Training wall time in the app's worker (bench_app_training) against `cosingan train`, on the same
# slice and preset, first on a quiet machine and then next to one busy process of normal priority
# (as a user's other work would be). Prints the four times.
#
#   scripts/bench-app-training.sh [PRESET=cpu-fast]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-cpu-fast}
build=${COSINGAN_BUILD_DIR:-$root/build}
data=${COSINGAN_SHARED_DATA:-$root/../shared/data}/infnet-train
work=$(mktemp -d)
trap 'kill ${busy:-} 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/app/cli/cosingan" bundle "$data/images/10.jpg" --infection "$data/infection/10.png" --auto-lungs --transpose \
  --out "$work/slice10.pt" 2>/dev/null
run() {  # label, command...
  local label=$1 start end
  shift
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf '%-40s %5d.%d s\n' "$label" $(( ms / 1000 )) $(( ms % 1000 / 100 ))
}
echo "preset $preset, $(nproc) cores"
run "command line, quiet" "$build/app/cli/cosingan" train "$work/slice10.pt" --preset "$preset" --out "$work/cli-quiet"
run "app worker, quiet" "$build/tests/ui/bench_app_training" "$work/slice10.pt" "$preset" "$work/app-quiet"
sh -c 'while :; do :; done' &
busy=$!
run "command line, next to a busy process" "$build/app/cli/cosingan" train "$work/slice10.pt" --preset "$preset" --out "$work/cli-busy"
run "app worker, next to a busy process" "$build/tests/ui/bench_app_training" "$work/slice10.pt" "$preset" "$work/app-busy"
