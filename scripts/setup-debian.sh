#!/usr/bin/env bash
# Installs the Debian 12 packages CoSinGAN Studio needs, and nothing when they are all present.
# Idempotent: a second run only asks dpkg which packages are installed (well under a second).
set -euo pipefail

PACKAGES=(
  # build tools
  cmake g++ ccache ninja-build pkg-config
  # libraries
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev
  qt6-translations-l10n
  libvtk9-dev libinsighttoolkit5-dev libopencv-dev libtorch-dev
  # fast BLAS for LibTorch (takes over the libblas.so.3 alternative)
  libopenblas0-pthread
  # the Debian package: dpkg-shlibdeps, man pages from --help, AppStream validation
  dpkg-dev help2man appstream
  # a font with Chinese characters (the Simplified Chinese translation, its screenshots)
  fonts-wqy-microhei
  # display for tests and head-less runs
  xvfb xauth libgl1-mesa-dri
)
# The PyTorch baseline of the benchmark (docs/benchmarks.md) needs these; they are optional.
if [[ "${COSINGAN_WITH_BASELINE:-0}" == 1 ]]; then
  PACKAGES+=(python3-torch python3-torchvision python3-opencv python3-numpy)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
