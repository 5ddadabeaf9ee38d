#!/usr/bin/env bash
# Alternating rounds on the real headers that run.sh prepared (issue 11, item 4): in each round, on the same files,
# `cat`, `diapason inspect` (the cli/diapason launcher) and, on the files with their pixel data restored, dcm2niix `-b o`,
# one right after the other; then per round the ratios inspect/cat and dcm2niix/inspect, and their medians.
# The machine's speed here moves by up to 30 % from one minute to the next (other work on shared cores): a ratio taken
# within one round, seconds apart, is steadier than the ratio of medians taken minutes apart, which run.sh prints.
# Usage: bench/dicom-headers/rounds.sh [ROUNDS=7]   (after run.sh, with the same BENCH_DIR; build first)
set -euo pipefail
ROUNDS=${1:-7}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/diapason-bench-inspect}
export XDG_CACHE_HOME="$WORK/cache"
for set in real real-full; do
  [ -f "$WORK/$set/list.txt" ] || { echo "run bench/dicom-headers/run.sh first (no $WORK/$set/list.txt)" >&2; exit 2; }
done
"$ROOT/cli/diapason" inspect "$ROOT/bench/dicom-headers" > /dev/null 2>&1 || true # the launcher's CDS archive, untimed
once() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -n | awk '{v[NR] = $1} END {printf "%.3g\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for set in real real-full; do
  xargs cat < "$WORK/$set/list.txt" > /dev/null # warm the page cache
done
echo "files: $(cat "$WORK/real/files.count") per set, cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| round | emptied: cat | inspect | inspect vs cat | restored: cat | inspect | dcm2niix -b o | inspect vs cat | inspect vs dcm2niix |'
echo '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
: > "$WORK/rounds.txt"
for r in $(seq "$ROUNDS"); do
  ec=$(once sh -c "xargs cat < '$WORK/real/list.txt'")
  ei=$(once "$ROOT/cli/diapason" inspect "$WORK/real/files")
  fc=$(once sh -c "xargs cat < '$WORK/real-full/list.txt'")
  fi=$(once "$ROOT/cli/diapason" inspect "$WORK/real-full/files")
  fd=NA
  if command -v dcm2niix > /dev/null; then
    rm -rf "$WORK/real-full/nii"; mkdir -p "$WORK/real-full/nii"
    fd=$(once dcm2niix -b o -o "$WORK/real-full/nii" "$WORK/real-full/files")
  fi
  # "inspect vs cat" is cat's time over inspect's (above 1: inspect is faster), likewise for dcm2niix
  line=$(awk -v ec="$ec" -v ei="$ei" -v fc="$fc" -v fi="$fi" -v fd="$fd" 'BEGIN {
    printf "%.2f %.2f %.3f %.2f %.2f %s %.3f %s", ec, ei, ec / ei, fc, fi, (fd == "NA" ? "NA" : sprintf("%.2f", fd)), fc / fi, (fd == "NA" ? "NA" : sprintf("%.2f", fd / fi)) }')
  echo "$line" >> "$WORK/rounds.txt"
  set -- $line
  printf '| %d | %s | %s | %s × | %s | %s | %s | %s × | %s × |\n' "$r" "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8"
done
med() { awk -v c="$1" '{print $c}' "$WORK/rounds.txt" | grep -v NA | median; }
printf '| **median** | %s | %s | **%s ×** | %s | %s | %s | **%s ×** | **%s ×** |\n' \
  "$(med 1)" "$(med 2)" "$(med 3)" "$(med 4)" "$(med 5)" "$(med 6)" "$(med 7)" "$(med 8)"
echo "(load after the rounds: $(cut -d' ' -f1-3 /proc/loadavg))"
