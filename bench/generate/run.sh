#!/usr/bin/env bash
# Benchmark of `generate` (issue 4): N sites × 12 sequences (bench/generate/study replicated).
#  1. warm JVM, in-process, without PDF, for N = 15, 30, 60 (linearity), median of 5 runs after
#     WARMUP warm-ups (default 8: on a loaded machine the JIT needs longer), wall and CPU time;
#     once into an emptied output folder, once over the previous run's output (-Dregenerate=true);
#  2. the same with PDF for N = 6 (PDF cost, reported separately: a manual and console sheets per
#     site and language, ~1 s of CPU each);
#  3. end to end through Maven: `mvn diapason:generate` on a 60-site study project, wall time of the whole command.
# Usage: bench/generate/run.sh   (from the repository root, after `mvn -B -DskipTests -Dinvoker.skip install`)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=cli/target/diapason.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests -Dinvoker.skip install" >&2; exit 2; }
heap=${HEAP:--Xmx2g}

echo "== warm JVM, no PDF"
uptime
java $heap -Dwarmup="${WARMUP:-8}" -cp "$jar" bench/generate/GenerateBench.java bench/generate/study 15 30 60
echo "== warm JVM, no PDF, each run over the previous output (edit-and-regenerate loop)"
java $heap -Dwarmup="${WARMUP:-8}" -Dregenerate=true -cp "$jar" bench/generate/GenerateBench.java bench/generate/study 15 30 60
echo "== warm JVM, with PDF"
java $heap -Dpdf=true -Dwarmup=2 -Druns=3 -cp "$jar" bench/generate/GenerateBench.java bench/generate/study 6

echo "== end to end through Maven (60 sites, no PDF, then with PDF)"
mkdir -p target && work=$(mktemp -d -p "$PWD/target")   # not /tmp: see GenerateBench (file creation there is slow)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sites"
cp bench/generate/study/protocol.json "$work/"
i=0
for n in $(seq 0 59); do
  src=$(ls bench/generate/study/sites/*.json | sed -n "$(( n % 6 + 1 ))p")
  id=$(basename "$src" .json)-$n
  sed "s/\"id\": \"$(basename "$src" .json)\"/\"id\": \"$id\"/" "$src" > "$work/sites/$id.json"
done
version=$(sed -n "s:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p" pom.xml | head -1)
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench-study</artifactId><version>1.0.0</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.diapason</groupId><artifactId>diapason-maven-plugin</artifactId><version>$version</version>
  </plugin></plugins></build>
</project>
POM
for pdf in false true; do
  start=$(date +%s.%N)
  mvn -B -q -f "$work/pom.xml" io.github.diapason:diapason-maven-plugin:$version:generate -Ddiapason.pdf=$pdf -Ddiapason.attach=false
  end=$(date +%s.%N)
  printf 'maven generate, 60 sites, pdf=%s: %.1f s\n' "$pdf" "$(echo "$end - $start" | bc)"
done
