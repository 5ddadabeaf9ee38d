#!/usr/bin/env bash
# Header-reading and `inspect` benchmark (issue 5 item 7). Writes N DICOM files shaped like whole MR
# exams of the three vendors (WriteFixtures: realistic pixel data, ~78 MB per 431-file exam), warms the
# page cache, then times (median of three) in the same run, on the same files: cat (the I/O ceiling), `diapason inspect`
# (the shaded CLI jar, default JVM options and the cli/diapason launcher's), our reader alone, dcmtk's
# `dcmdump -q -M` and dcm2niix `-b o` when installed; then heap after GC of inspect at 1/4, 1/2 and all files.
# Then the same tools on real headers (issue 11): the dicom-qa corpus of the test resources (7,818 real Siemens, GE
# and Philips files, pixel data emptied) copied until there are at least N_REAL files.
# Then the same tools on the same real headers with their pixel data given back (zeros of the size each header
# declares, RestorePixels.java): files as large as the originals, which dcm2niix accepts.
# Usage: bench/dicom-headers/run.sh [N=20000] [N_REAL=40000]   (N=0 skips the synthetic part)
#        (build first: mvn -o -pl cli -am package -DskipTests)
set -euo pipefail
N=${1:-20000}
N_REAL=${2:-40000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/diapason-bench-inspect}
JAR="$ROOT/cli/target/diapason.jar"
CP="$WORK/classes:$ROOT/conformity/target/classes:$ROOT/conformity/target/test-classes:$ROOT/protocol-model/target/classes"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -o -pl cli -am package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CP" "$ROOT"/bench/dicom-headers/{WriteFixtures,InspectBench,HeaderBench,ReadFloor,RestorePixels,Reuid}.java
# the launcher's class-data-sharing archive in a cache of the benchmark's own, written before any timing
export XDG_CACHE_HOME="$WORK/cache"
"$ROOT/cli/diapason" inspect "$ROOT/bench/dicom-headers" > /dev/null 2>&1 || true
once() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
# the median of three runs: the machine's cores are shared, a single run can be slowed by other work
secs() { { once "$@"; once "$@"; once "$@"; } | sort -n | sed -n 2p; }
row() { printf '| %-44s | %8.2f | %9.0f | %8.1f |\n' "$1" "$2" "$(echo "$FILES / $2" | bc -l)" "$(echo "$BYTES / $2 / 1000000" | bc -l)"; }
if [ "$N" -gt 0 ]; then
if [ ! -f "$WORK/files.count" ] || [ "$(cat "$WORK/files.count")" -lt "$N" ]; then
  rm -rf "$WORK/files"
  java -cp "$CP" WriteFixtures "$WORK/files" "$N" > "$WORK/files.count"
fi
FILES=$(cat "$WORK/files.count")
find "$WORK/files" -type f | sort > "$WORK/list.txt"
BYTES=$(du -sb "$WORK/files" | cut -f1)
xargs cat < "$WORK/list.txt" > /dev/null   # warm the page cache
echo "files: $FILES, bytes: $BYTES, cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| tool (same files, warm page cache) | seconds | files/s | MB/s |'
echo '| --- | ---: | ---: | ---: |'
row 'cat' "$(secs sh -c "xargs cat < '$WORK/list.txt'")"
row 'diapason inspect (java -jar, default JVM)' "$(secs java -jar "$JAR" inspect "$WORK/files")"
row 'diapason inspect (cli/diapason launcher)' "$(secs "$ROOT/cli/diapason" inspect "$WORK/files")"
row 'DicomReader alone, all cores (HeaderBench)' "$(secs java -XX:TieredStopAtLevel=1 -cp "$CP" HeaderBench "$WORK/list.txt" "$(nproc)")"
if command -v dcmdump > /dev/null; then
  row 'dcmtk dcmdump -q -M' "$(secs sh -c "xargs dcmdump -q -M < '$WORK/list.txt'")"
fi
if command -v dcm2niix > /dev/null; then
  rm -rf "$WORK/nii"; mkdir -p "$WORK/nii"
  row 'dcm2niix -b o' "$(secs dcm2niix -b o -o "$WORK/nii" "$WORK/files")"
fi
echo
echo 'Memory of inspect (heap in use after a full GC at the end, and peak resident set):'
mapfile -t EXAMS < <(find "$WORK/files" -mindepth 1 -maxdepth 1 -type d | sort)
for part in 4 2 1; do
  n=$(( (${#EXAMS[@]} + part - 1) / part ))
  /usr/bin/time -f "  peak RSS %M KB" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" InspectBench "$(nproc)" "${EXAMS[@]:0:$n}" 2>&1
done
fi

# Real headers: Siemens CSA and Phoenix blocks, GE private groups and protocol blocks, Philips private groups.
CORPUS="$ROOT/conformity/src/test/resources/dicom-qa/dicom.tar.xz"
REAL="$WORK/real"
if [ ! -f "$REAL/distinct-uids" ] || [ ! -f "$REAL/files.count" ] || [ "$(cat "$REAL/files.count")" -lt "$N_REAL" ]; then
  rm -rf "$REAL"; mkdir -p "$REAL/files"
  copy=0
  while [ "$(find "$REAL/files" -type f | wc -l)" -lt "$N_REAL" ]; do
    copy=$((copy + 1)); mkdir -p "$REAL/files/copy$copy"
    tar -xJf "$CORPUS" -C "$REAL/files/copy$copy"
    # each copy a study of its own, as the exams of an archive are (Reuid.java): copy 1 keeps the corpus's UIDs
    [ "$copy" -gt 1 ] && java -cp "$CP:$WORK/classes" Reuid "$REAL/files/copy$copy" $((copy + 1)) > /dev/null
  done
  [ "$copy" -le 8 ] || { echo "more than 8 copies: Reuid has digits 3-9 only; lower N_REAL" >&2; exit 2; }
  find "$REAL/files" -type f | wc -l > "$REAL/files.count"
  touch "$REAL/distinct-uids"
fi
FILES=$(cat "$REAL/files.count")
find "$REAL/files" -type f | sort > "$REAL/list.txt"
BYTES=$(du -sb "$REAL/files" | cut -f1)
xargs cat < "$REAL/list.txt" > /dev/null   # warm the page cache
echo
echo "Real headers (dicom-qa corpus copied): files: $FILES, bytes: $BYTES, cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| tool (same files, warm page cache) | seconds | files/s | MB/s |'
echo '| --- | ---: | ---: | ---: |'
row 'cat' "$(secs sh -c "xargs cat < '$REAL/list.txt'")"
row 'diapason inspect (java -jar, default JVM)' "$(secs java -jar "$JAR" inspect "$REAL/files")"
row 'diapason inspect (cli/diapason launcher)' "$(secs "$ROOT/cli/diapason" inspect "$REAL/files")"
row 'DicomReader alone, every element (HeaderBench)' "$(secs java -XX:TieredStopAtLevel=1 -cp "$CP" HeaderBench "$REAL/list.txt" "$(nproc)")"
row 'floor: Java opens and reads 64 KB of each file' "$(secs java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK/classes" ReadFloor "$REAL/list.txt" "$(nproc)" 65536)"
echo "(load after the rows above: $(cut -d' ' -f1-3 /proc/loadavg))"
if command -v dcmdump > /dev/null && [ -n "${BENCH_DCMDUMP:-}" ]; then # 400 files/s on real headers: only when asked
  row 'dcmtk dcmdump -q -M' "$(secs sh -c "xargs dcmdump -q -M < '$REAL/list.txt'")"
fi
if command -v dcm2niix > /dev/null; then
  # every file is rejected ("file not large enough to store image data"): a lower bound of its time
  rm -rf "$REAL/nii"; mkdir -p "$REAL/nii"
  row 'dcm2niix -b o (rejects emptied pixel data)' "$(secs dcm2niix -b o -o "$REAL/nii" "$REAL/files")"
fi
echo
echo "CPU seconds (user + system), one run each, less sensitive to other work than wall time (load: $(cut -d' ' -f1-3 /proc/loadavg)):"
cpu() { local name=$1; shift; /usr/bin/time -o "$REAL/time.txt" -f "  $name: %U + %S s (wall %e s)" "$@" > /dev/null 2>&1 || true; cat "$REAL/time.txt"; }
cpu cat sh -c "xargs cat < '$REAL/list.txt'"
cpu 'inspect (launcher)' "$ROOT/cli/diapason" inspect "$REAL/files"
cpu 'floor (ReadFloor)' java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK/classes" ReadFloor "$REAL/list.txt" "$(nproc)" 65536
if command -v dcm2niix > /dev/null; then
  rm -rf "$REAL/nii"; mkdir -p "$REAL/nii"
  cpu 'dcm2niix -b o' dcm2niix -b o -o "$REAL/nii" "$REAL/files"
fi
echo
echo 'Memory of inspect on real headers (heap in use after a full GC, peak resident set):'
mapfile -t COPIES < <(find "$REAL/files" -mindepth 1 -maxdepth 1 -type d | sort)
for part in 4 2 1; do
  n=$(( (${#COPIES[@]} + part - 1) / part ))
  /usr/bin/time -f "  peak RSS %M KB" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" InspectBench "$(nproc)" "${COPIES[@]:0:$n}" 2>&1
done

# Real headers at their real size: the corpus's copies with the pixel data each header declares (zeros), so that
# cat reads what it would read on the scanner's files and dcm2niix converts instead of rejecting every file.
FULL="$WORK/real-full"
if [ ! -f "$FULL/files.count" ] || [ "$FULL/files.count" -ot "$REAL/distinct-uids" ] || [ "$(cat "$FULL/files.count")" != "$(cat "$REAL/files.count")" ]; then
  rm -rf "$FULL"; mkdir -p "$FULL/files"
  for copy in $(find "$REAL/files" -mindepth 1 -maxdepth 1 -type d | sort); do # each copy keeps its own UIDs
    java -cp "$CP:$WORK/classes" RestorePixels "$copy" "$FULL/files/$(basename "$copy")" > "$FULL/restore.txt"
  done
  find "$FULL/files" -type f | wc -l > "$FULL/files.count"
fi
FILES=$(cat "$FULL/files.count")
find "$FULL/files" -type f | sort > "$FULL/list.txt"
BYTES=$(du -sb "$FULL/files" | cut -f1)
xargs cat < "$FULL/list.txt" > /dev/null   # warm the page cache
echo
echo "Real headers with their pixel data restored ($(cat "$FULL/restore.txt") per copy): files: $FILES, bytes: $BYTES, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| tool (same files, warm page cache) | seconds | files/s | MB/s |'
echo '| --- | ---: | ---: | ---: |'
row 'cat' "$(secs sh -c "xargs cat < '$FULL/list.txt'")"
row 'diapason inspect (cli/diapason launcher)' "$(secs "$ROOT/cli/diapason" inspect "$FULL/files")"
if command -v dcm2niix > /dev/null; then
  rm -rf "$FULL/nii"; mkdir -p "$FULL/nii"
  row 'dcm2niix -b o' "$(secs dcm2niix -b o -o "$FULL/nii" "$FULL/files")"
fi
echo "(load after the rows above: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "CPU seconds (user + system), one run each:"
cpu cat sh -c "xargs cat < '$FULL/list.txt'"
cpu 'inspect (launcher)' "$ROOT/cli/diapason" inspect "$FULL/files"
if command -v dcm2niix > /dev/null; then
  rm -rf "$FULL/nii"; mkdir -p "$FULL/nii"
  cpu 'dcm2niix -b o' dcm2niix -b o -o "$FULL/nii" "$FULL/files"
fi
