#!/usr/bin/env bash
# Builds the engine-only configuration (LibTorch as the single dependency) against the LibTorch of
# an installed PyTorch, runs the engine checks on CUDA, the benchmark on CUDA, and trains the first
# scale of the paper configuration on CUDA from a slice bundle — or, given the folder that
# scripts/prepare-gpu-evaluation.sh wrote, trains the whole paper schedule (resumable: each call
# continues where the last one stopped, within PAPER_SECONDS), synthesises the held-in conditions and
# evaluates them against the real test slices on the GPU (docs/evaluation.md).
#
#   scripts/engine-gpu.sh OUTPUT_DIR [SLICE_BUNDLE.pt | EVALUATION_DIR]
#
# Results (logs, bench JSON, model manifest, generated images, evaluation JSON) go to OUTPUT_DIR.
# Each step is time-boxed so that a slow step cannot eat the others' time; GPU_STEP_SECONDS
# overrides the box; SKIP_CHECKS=1 and SKIP_BENCH=1 leave those steps out.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: engine-gpu.sh OUTPUT_DIR [SLICE_BUNDLE.pt]}
bundle=${2:-}
mkdir -p "$out"
build=${COSINGAN_GPU_BUILD_DIR:-/tmp/cosingan-engine-build}
box=${GPU_STEP_SECONDS:-240}
log() { echo "== $(date +%H:%M:%S) $*" | tee -a "$out/steps.log"; }

python=${PYTHON:-python3}
prefix=$($python -c 'import torch; print(torch.utils.cmake_prefix_path)')
log "PyTorch $($python -c 'import torch; print(torch.__version__, torch.version.cuda, torch.cuda.get_device_name(0))')"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv >> "$out/steps.log" 2>&1

log "configure"
cuda_root=${CUDA_HOME:-/usr/local/cuda}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOSINGAN_ENGINE_ONLY=ON \
  -DCMAKE_PREFIX_PATH="$prefix" -DCUDAToolkit_ROOT="$cuda_root" -DCMAKE_CUDA_COMPILER="$cuda_root/bin/nvcc" \
  > "$out/configure.log" 2>&1 || { log "configure failed"; tail -40 "$out/configure.log"; exit 1; }
log "build"
cmake --build "$build" --parallel "$(nproc)" -- -k 0 > "$out/build.log" 2>&1 || { log "build failed"; grep -E "error" "$out/build.log" | head -40; exit 1; }
cli="$build/app/cli/cosingan"

if [[ -z "${SKIP_CHECKS:-}" ]]; then
  log "engine checks on CUDA"
  timeout "$box" "$build/tests/gan/cosingan-engine-tests" --device cuda > "$out/engine-checks-cuda.log" 2>&1
  tail -3 "$out/engine-checks-cuda.log" | tee -a "$out/steps.log"
fi

log "benchmark on CUDA"
[[ -n "${SKIP_BENCH:-}" ]] || timeout "$box" "$cli" bench --device cuda --iterations 10 --warmup 3 --generation-reps 10 --json \
  > "$out/bench-cuda.json" 2> "$out/bench-cuda.log"
grep -E "^scale|^generation|matmul" "$out/bench-cuda.log" | tee -a "$out/steps.log"

if [[ -n "$bundle" && -d "$bundle" ]]; then
  # The held-in evaluation: the paper schedule, resumable across calls.
  evaluation=$bundle
  model=${PAPER_MODEL:-$out/model-paper}
  if ! grep -q '"complete": true' "$model/manifest.json" 2>/dev/null; then
    log "train the paper configuration (resumable; ${PAPER_SECONDS:-480} s in this call)"
    if [[ -d "$model/checkpoint" ]]; then resume=(--resume --out "$model"); else resume=("$evaluation/train/10.pt" --preset paper --out "$model"); fi
    timeout -s TERM "${PAPER_SECONDS:-480}" "$cli" train "${resume[@]}" --device cuda > "$out/train-paper.log" 2>&1 || true
    tail -2 "$out/train-paper.log" | tee -a "$out/steps.log"
  fi
  if grep -q '"complete": true' "$model/manifest.json" 2>/dev/null; then
    masks=()
    for f in "$evaluation"/conditions/*.pt; do masks+=(--mask "$f"); done
    log "synthesise 16 RC + dropout variants of each condition"
    rm -rf "$out/synthetic"
    "$cli" generate --model "$model" "${masks[@]}" --rc --dropout --count 16 --dataset --device cuda --out "$out/synthetic" >> "$out/steps.log" 2>&1
    "$cli" generate --model "$model" --mask "$evaluation/test/2.pt" --mask "$evaluation/test/27.pt" --device cuda \
      --intermediates --out "$out/paper-examples" >> "$out/steps.log" 2>&1
    log "evaluate on the GPU"
    timeout "$box" "$cli" evaluate --train "$out/synthetic" --test "$evaluation/test" --baseline-real "$evaluation/train" \
      --mixed --device cuda --json "$out/evaluate-paper.json" 2>> "$out/steps.log" | tee -a "$out/steps.log"
    cp "$model/manifest.json" "$out/manifest-paper.json"
  fi
elif [[ -n "$bundle" ]]; then
  log "train the paper configuration's first scale (32 px, 4000 + 2000 iterations) on CUDA"
  timeout "$box" "$cli" train "$bundle" --preset paper --scales 1 --device cuda --out "$out/model-paper-scale0" --json \
    > "$out/train-cuda.json" 2> "$out/train-cuda.log"
  tail -4 "$out/train-cuda.log" | tee -a "$out/steps.log"
  if [[ -f "$out/model-paper-scale0/manifest.json" ]]; then
    "$cli" generate --model "$out/model-paper-scale0" --mask "$bundle" --device cuda --intermediates --out "$out/generated" \
      >> "$out/steps.log" 2>&1
    cp "$out/model-paper-scale0/manifest.json" "$out/manifest-paper-scale0.json"
  fi
fi
log "done"
