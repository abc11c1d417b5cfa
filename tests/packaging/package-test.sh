#!/usr/bin/env bash
# Builds the Debian package from a finished build, unpacks it with dpkg -x into a scratch root and
# checks what a user gets: the file list, the declared dependencies, the metadata, and the installed
# binaries running from the unpacked tree (the CLI on a real CT file, the GUI to a screenshot).
#   package-test.sh BUILD_DIR SHARED_DATA_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
data=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/cosingan-package-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" > "$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$scratch"/out/cosingan-studio_*.deb 2>/dev/null | head -1)
[[ -n "$deb" ]] || fail "cpack wrote no cosingan-studio_*.deb"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

root="$scratch/root"
dpkg -x "$deb" "$root"
expected=(
  usr/bin/cosingan-studio usr/bin/cosingan
  usr/share/applications/cosingan-studio.desktop
  usr/share/metainfo/io.github.cosingan.Studio.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/cosingan-studio.svg
  usr/share/man/man1/cosingan.1.gz usr/share/man/man1/cosingan-studio.1.gz
  usr/share/doc/cosingan-studio/README.md usr/share/doc/cosingan-studio/user-guide.md
  usr/share/doc/cosingan-studio/images/annotate-1366.png
  usr/share/cosingan-studio/configs/paper-cuda.json
  usr/share/cosingan-studio/translations/cosingan_zh_CN.qm usr/share/cosingan-studio/translations/cosingan_de.qm
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=(usr/share/icons/hicolor/${size}x${size}/apps/cosingan-studio.png)
done
for f in "${expected[@]}"; do
  [[ -s "$root/$f" ]] || fail "the package lacks $f"
done
[[ -x "$root/usr/bin/cosingan-studio" && -x "$root/usr/bin/cosingan" ]] || fail "the binaries are not executable"
# Nothing but /usr: a package must not write into /etc, /opt or the home folder.
others=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[[ -z "$others" ]] || fail "files outside /usr: $others"

# The dependencies dpkg-shlibdeps found plus the run-time plugins named by hand.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6svg6 qt6-qpa-plugins libvtk9 libinsighttoolkit5 libopencv-core libtorch libopenblas0; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends does not name $lib: $depends"
done
echo "depends: $depends"

if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$root/usr/share/applications/cosingan-studio.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli > /dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.cosingan.Studio.metainfo.xml" || fail "AppStream metadata"
fi
zcat "$root/usr/share/man/man1/cosingan.1.gz" | grep -q '^\.SH NAME' || fail "cosingan.1 is not a man page"

# The installed binaries, run from the unpacked tree.
"$root/usr/bin/cosingan" --version | grep -q '^cosingan ' || fail "cosingan --version"
"$root/usr/bin/cosingan-studio" --version | grep -q 'CoSinGAN Studio' || fail "cosingan-studio --version"
ct="$data/totalsegmentator/example_ct.nii.gz"
if [[ -f "$ct" ]]; then
  "$root/usr/bin/cosingan" info "$ct" > "$scratch/info.txt" || fail "cosingan info on $ct"
  grep -qi "spacing" "$scratch/info.txt" || fail "cosingan info printed no spacing"
else
  echo "note: $ct not found, info not run"
fi
HOME="$scratch/home" "$root/usr/bin/cosingan-studio" --screenshot "$scratch/shot.png" || fail "the installed GUI did not start"
[[ -s "$scratch/shot.png" ]] || fail "the installed GUI saved no screenshot"
# Help > User Guide finds the installed guide beside the binary.
HOME="$scratch/home" "$root/usr/bin/cosingan-studio" --user-guide-path | grep -q "$root/usr/share/doc/cosingan-studio/user-guide.md" \
  || fail "the installed GUI does not find its user guide"
echo "ok: the package installs and its binaries run"
