#!/usr/bin/env bash
# DICOMweb watch benchmark (issue 15 item 7): the real corpus (conformity/src/test/resources/dicom-qa) re-identified
# into EXAMS exams of at most FILES_PER_EXAM files with new UIDs (reidentify.py, pydicom), uploaded to a local Orthanc
# started like the tests' (loopback, no DICOM port, DICOMweb plugin), then `diapason watch` until every exam is
# reported; then file-based `inspect` and `check` on the same files. Prints exams/min and files/s per stage and the
# watcher's own breakdown (feed polls, QIDO/WADO metadata, storing, judging, reports, state).
# Usage: bench/dicomweb-watch/run.sh [EXAMS=1000] [FILES_PER_EXAM=8]   (JFR=1 also records a flight recording)
#        (build first: mvn -o -pl cli -am package -DskipTests; needs orthanc, orthanc-dicomweb, python3-pydicom)
set -euo pipefail
EXAMS=${1:-1000}
PER_EXAM=${2:-8}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/dicomweb-watch"
WORK=${BENCH_DIR:-/tmp/diapason-bench-watch}
JAR=${DIAPASON_JAR:-"$ROOT/cli/target/diapason.jar"}
PY=/usr/bin/python3
[ -f "$JAR" ] || { echo "build the CLI first: mvn -o -pl cli -am package -DskipTests" >&2; exit 2; }
[ -x /usr/sbin/Orthanc ] && [ -f /usr/share/orthanc/plugins/libOrthancDicomWeb.so ] || { echo "needs orthanc and orthanc-dicomweb" >&2; exit 2; }
now() { date +%s.%N; }
rm -rf "$WORK/orthanc" "$WORK/state" "$WORK/out" "$WORK/check-files"
mkdir -p "$WORK/rules/washu" "$WORK/rules/rfsamay" "$WORK/orthanc/storage" "$WORK/state"
cp "$ROOT/conformity/src/test/resources/check-cases/corpus-siemens-phoenix-report/rules.json" "$WORK/rules/washu/"
cp "$ROOT/conformity/src/test/resources/check-cases/corpus-ge-epi-group-delay/rules.json" "$WORK/rules/rfsamay/"
if [ ! -d "$WORK/corpus/dicom" ]; then
  mkdir -p "$WORK/corpus"
  tar xJf "$ROOT/conformity/src/test/resources/dicom-qa/dicom.tar.xz" -C "$WORK/corpus"
fi
if [ ! -f "$WORK/exams.$EXAMS.$PER_EXAM" ]; then
  rm -rf "$WORK/exams" "$WORK"/exams.*
  s=$(now)
  $PY "$HERE/reidentify.py" "$WORK/corpus/dicom" "$WORK/exams" "$EXAMS" "$PER_EXAM" > "$WORK/exams.$EXAMS.$PER_EXAM"
  echo "re-identified in $(echo "$(now) - $s" | bc -l | xargs printf '%.0f') s"
fi
read -r _ FILES < "$WORK/exams.$EXAMS.$PER_EXAM"
PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$WORK/orthanc/orthanc.json" <<JSON
{"Name": "diapason-bench", "StorageDirectory": "$WORK/orthanc/storage", "IndexDirectory": "$WORK/orthanc/storage",
 "HttpPort": $PORT, "RemoteAccessAllowed": false, "AuthenticationEnabled": false, "DicomServerEnabled": false,
 "HttpTimeout": 60, "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"],
 "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}}
JSON
/usr/sbin/Orthanc "$WORK/orthanc/orthanc.json" > "$WORK/orthanc/orthanc.log" 2>&1 &
ORTHANC=$!
WATCH=
cleanup() { [ -n "$WATCH" ] && kill "$WATCH" 2> /dev/null || true; kill "$ORTHANC" 2> /dev/null || true; wait 2> /dev/null || true; }
trap cleanup EXIT
until curl -sf "http://127.0.0.1:$PORT/system" > /dev/null; do sleep 0.5; done

echo "exams: $EXAMS, files: $FILES, cores: $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
UPLOAD=$($PY "$HERE/upload.py" "http://127.0.0.1:$PORT" "$WORK/exams")

JFR_OPT=()
[ "${JFR:-0}" = 1 ] && JFR_OPT=("-XX:StartFlightRecording=filename=$WORK/watch.jfr,settings=profile")
s=$(now)
java "${JFR_OPT[@]}" -jar "$JAR" watch --dicomweb "http://127.0.0.1:$PORT/dicom-web" --rules "$WORK/rules" \
  --state "$WORK/state/watch.json" -o "$WORK/out" --stable-after 1 --poll 1 > "$WORK/watch.log" 2>&1 &
WATCH=$!
until [ "$(find "$WORK/out/exams" -name check-report.json 2> /dev/null | wc -l)" -ge "$EXAMS" ]; do
  kill -0 "$WATCH" 2> /dev/null || { echo "watch stopped early, see $WORK/watch.log" >&2; exit 1; }
  sleep 0.5
done
WATCHED=$(echo "$(now) - $s" | bc -l)
kill -TERM "$WATCH"; wait "$WATCH" || true; WATCH=
TIMING=$(grep '^Time:' "$WORK/watch.log" || true)

s=$(now); java -jar "$JAR" inspect "$WORK/exams" > /dev/null; INSPECT=$(echo "$(now) - $s" | bc -l)
s=$(now); java -jar "$JAR" check "$WORK/exams" --rules "$WORK/rules" -o "$WORK/check-files" > /dev/null || true
CHECK=$(echo "$(now) - $s" | bc -l)

row() { printf '| %-52s | %8.1f | %9.0f | %8.1f |\n' "$1" "$2" "$(echo "$EXAMS * 60 / $2" | bc -l)" "$(echo "$FILES / $2" | bc -l)"; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| stage (same exams) | seconds | exams/min | files/s |'
echo '| --- | ---: | ---: | ---: |'
row 'upload to Orthanc (POST /instances, 4 in parallel)' "$UPLOAD"
row 'diapason watch, start to last report (stable 1 s)' "$WATCHED"
row 'diapason inspect on the files (one JVM)' "$INSPECT"
row 'diapason check on the files (one JVM)' "$CHECK"
echo
echo "watch breakdown: $TIMING"
[ "${JFR:-0}" = 1 ] && echo "flight recording: $WORK/watch.jfr (jfr print --events jdk.ExecutionSample ...)"
exit 0
