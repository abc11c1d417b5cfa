#!/usr/bin/env bash
# Configures and builds CoSinGAN Studio in ./build (Release, Ninja, ccache).
# Extra arguments are passed to CMake's configure step, e.g. -DCOSINGAN_ENGINE_ONLY=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${COSINGAN_BUILD_DIR:-$root/build}"

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
  export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-8G}"
  # Precompiled headers and ccache: let ccache trust the PCH's timestamps.
  export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
fi

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
elif (($# > 0)); then
  cmake -S "$root" -B "$build" "$@"
fi
cmake --build "$build" --parallel "${COSINGAN_JOBS:-$(nproc)}"
