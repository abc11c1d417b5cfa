#!/usr/bin/env bash
# Builds the engine-only configuration (-DCOSINGAN_ENGINE_ONLY=ON: core/gan, core/util and the
# torch-only cosingan tool) in ./build-engine and runs its engine checks, as a GPU server would.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
COSINGAN_BUILD_DIR="${COSINGAN_ENGINE_BUILD_DIR:-$root/build-engine}" "$root/scripts/build.sh" -DCOSINGAN_ENGINE_ONLY=ON
cd "${COSINGAN_ENGINE_BUILD_DIR:-$root/build-engine}"
ctest --output-on-failure --timeout 900 "$@"
