#!/usr/bin/env bash
# Command (1): install what is missing, build, and open CoSinGAN Studio on its built-in demo.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
app="${COSINGAN_BUILD_DIR:-$root/build}/app/studio/cosingan-studio"
# The demo itself, not the Start page, unless other options are given.
if (($# == 0)); then set -- --workspace annotate; fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  shot="${COSINGAN_BUILD_DIR:-$root/build}/demo-screenshot.png"
  echo "No display found: starting the app under Xvfb and saving a screenshot to $shot" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshot "$shot" "$@"
fi
exec "$app" "$@"
