# The held-in Inf-Net split of ../shared/bench/fidelity, shared by the evaluation scripts (sourced,
# with $root set to the repository): training slice 10, ten real test slices, the other 39 slices'
# masks as conditions; the tools' locations; and the steps both scripts take the same way.
data=${COSINGAN_SHARED_DATA:-$root/../shared/data}/infnet-train
yardstick=${COSINGAN_YARDSTICK:-$root/../shared/bench/fidelity/unet_eval.py}
cli=${COSINGAN_CLI:-$root/build/app/cli/cosingan}
python=${PYTHON:-/usr/bin/python3}
test_slices=2,13,20,27,33,41,46,53,57,67
conditions=()
for f in "$data"/images/*.jpg; do
  k=$(basename "$f" .jpg)
  [[ $k == 10 || ",$test_slices," == *",$k,"* ]] || conditions+=("$k")
done

# A line in $out/times.txt (and on the terminal).
stamp() { echo "$(date +%FT%T) $*" | tee -a "$out/times.txt"; }

# bundle_labels DIR KEY...: each slice's labels (expert infection, proposed lungs) in the JPGs'
# stored layout as DIR/KEY.png; skipped when DIR exists (written as DIR.partial, then renamed).
bundle_labels() {
  local dir=$1 k
  shift
  [[ -d "$dir" ]] && return 0
  mkdir -p "$dir.partial"
  for k in "$@"; do
    "$cli" bundle "$data/images/$k.jpg" --infection "$data/infection/$k.png" --auto-lungs --transpose \
      --out "$dir.partial/$k.png" 2>/dev/null
  done
  mv "$dir.partial" "$dir"
}

# run_yardstick SYNTHETIC: the shared yardstick on a synthetic dataset, into $out/yardstick.txt
# (with YARDSTICK=1, once).
run_yardstick() {
  [[ "${YARDSTICK:-0}" == 1 && ! -f "$out/yardstick.txt" ]] || return 0
  stamp "yardstick"
  OMP_NUM_THREADS=${OMP_NUM_THREADS:-2} "$python" "$yardstick" --train "$1" --test "$data" \
    --test-slices "$test_slices" | tee "$out/yardstick.txt.partial"
  mv "$out/yardstick.txt.partial" "$out/yardstick.txt"
}
