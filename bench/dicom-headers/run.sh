#!/usr/bin/env bash
# Replicates fixture DICOM files to N copies and times our header reader over them, next to
# `cat` of the same files (the I/O ceiling) and, when installed, dcmtk's dcmdump.
# Usage: bench/dicom-headers/run.sh [N=20000] [fixture dir=pydicom's test files]
set -euo pipefail
N=${1:-20000}
SRC=${2:-$(/usr/bin/python3 -c 'import pydicom,os;print(os.path.join(os.path.dirname(pydicom.__file__),"data","test_files"))')}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/diapason-bench-dicom}
mkdir -p "$WORK/files"
mapfile -t FIX < <(find "$SRC" -maxdepth 1 -name '*.dcm' -size -2M | sort)
if [ "$(find "$WORK/files" -type f | wc -l)" -ne "$N" ]; then
  rm -rf "$WORK/files"; mkdir -p "$WORK/files"
  for ((i = 0; i < N; i++)); do
    d="$WORK/files/$((i / 1000))"; mkdir -p "$d"
    cp "${FIX[$((i % ${#FIX[@]}))]}" "$d/$i.dcm"
  done
fi
BYTES=$(du -sb "$WORK/files" | cut -f1)
CP="$ROOT/conformity/target/classes:$ROOT/conformity/target/test-classes:$ROOT/protocol-model/target/classes"
javac -d "$WORK/classes" -cp "$CP" "$ROOT/bench/dicom-headers/HeaderBench.java"
find "$WORK/files" -type f > "$WORK/list.txt"
cat "$WORK/list.txt" | xargs cat > /dev/null   # warm the page cache
rate() { python3 -c "import sys; n,b,s=map(float,sys.argv[1:]); print(f'{n/s:10.0f} files/s {b/s/1e6:8.1f} MB/s ({s:.2f} s)')" "$N" "$BYTES" "$1"; }
t() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); python3 -c "print($e-$s)"; }
echo "files: $N, bytes: $BYTES, fixtures: ${#FIX[@]} from $SRC"
printf '%-22s %s\n' "cat" "$(rate "$(t sh -c "xargs cat < '$WORK/list.txt'")")"
printf '%-22s %s\n' "diapason (1 thread)" "$(rate "$(t java -cp "$WORK/classes:$CP" HeaderBench "$WORK/list.txt" 1)")"
printf '%-22s %s\n' "diapason ($(nproc) threads)" "$(rate "$(t java -cp "$WORK/classes:$CP" HeaderBench "$WORK/list.txt" "$(nproc)")")"
if command -v dcmdump > /dev/null; then
  printf '%-22s %s\n' "dcmdump -q -M" "$(rate "$(t sh -c "xargs dcmdump -q -M < '$WORK/list.txt'")")"
fi
if command -v dcm2niix > /dev/null; then
  mkdir -p "$WORK/nii"
  printf '%-22s %s\n' "dcm2niix -b o" "$(rate "$(t dcm2niix -b o -o "$WORK/nii" "$WORK/files")")"
fi
