#!/usr/bin/env bash
# Screenshots of the three workspaces for the docs, made under Xvfb so they stay current:
#   scripts/screenshots.sh [MODEL_DIR]
# Without MODEL_DIR a cpu-fast model is trained first on Inf-Net slice 10 (about five minutes).
# Writes docs/images/synthesise-1366.png (1366x768), synthesise-1600.png, synthesise-volume.png,
# synthesise-volume-outline.png, synthesise-pyramid.png, export-dialog.png and evaluate-dialog.png; annotate-1366.png, annotate-1600.png
# (a RICORD slice with automatic lungs and painted infection) and train-1366.png, train-1600.png
# (a cpu-fast training of the demo, paused), start-page.png, preferences.png, about.png and
# annotate-zh_CN.png, as the GUI tests drive them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${COSINGAN_BUILD_DIR:-$root/build}"
data="$root/../shared/data/infnet-train"
model="${1:-}"
if [[ -z "$model" ]]; then
  model="$build/screenshot-model"
  [[ -f "$model/manifest.json" ]] || "$build/app/cli/cosingan" train "$data/images/10.jpg" \
    --infection "$data/infection/10.png" --auto-lungs --transpose --preset cpu-fast --out "$model"
fi
for size in 1366x768 1600x1000; do
  xvfb-run -a -s "-screen 0 ${size}x24" "$build/app/studio/cosingan-studio" "$data/images/10.jpg" --transposed \
    --workspace synthesise --model "$model" --screenshot "$root/docs/images/synthesise-${size%x*}.png"
done
# The Volume page, the pyramid view and the export and evaluate dialogs, as the GUI tests drive them (a micro model on the demo).
shots=$(mktemp -d)
COSINGAN_SCREENSHOTS="$shots" xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/ui/test_synthesise_workspace" >/dev/null
COSINGAN_SCREENSHOTS="$shots" xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/ui/test_export_dialog" >/dev/null
cp "$shots/synthesise-volume.png" "$shots/synthesise-volume-outline.png" "$shots/synthesise-pyramid.png" \
  "$shots/export-dialog.png" "$shots/evaluate-dialog.png" "$root/docs/images/"
rm -rf "$shots"
# Annotate and Train on a laptop screen and a desktop one.
for size in 1366x768 1600x1000; do
  shots=$(mktemp -d)
  for test in test_annotate_workflow test_train_workspace; do
    COSINGAN_SCREENSHOTS="$shots" xvfb-run -a -s "-screen 0 ${size}x24" "$build/tests/ui/$test" >/dev/null
  done
  cp "$shots/annotate-ricord.png" "$root/docs/images/annotate-${size%x*}.png"
  cp "$shots/train-paused.png" "$root/docs/images/train-${size%x*}.png"
  rm -rf "$shots"
done
# The Start page, Preferences, About and the app in Simplified Chinese, as the first-run test drives them.
shots=$(mktemp -d)
COSINGAN_SCREENSHOTS="$shots" xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/ui/test_first_run" >/dev/null
cp "$shots/start-page.png" "$shots/preferences.png" "$shots/about.png" "$shots/annotate-zh_CN.png" "$root/docs/images/"
rm -rf "$shots"
