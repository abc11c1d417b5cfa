#!/usr/bin/env bash
# Command (2): install what is missing, build, and run every test (under Xvfb for the GUI tests).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${COSINGAN_BUILD_DIR:-$root/build}"
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
cd "$build"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  ctest --output-on-failure --timeout 900 -j "${COSINGAN_TEST_JOBS:-1}" "$@"
