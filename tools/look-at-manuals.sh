#!/usr/bin/env bash
# Looks at generated manuals as a person would: a headless-Chromium screenshot of each HTML
# manual (screen and A4 print PDF from the browser) and the first pages of each Diapason PDF as
# PNG, so layout problems are seen, not guessed. Needs Debian's chromium and poppler-utils.
#
#   tools/look-at-manuals.sh [output-dir] [shots-dir]
#   default output-dir: examples/target/diapason/ms-cohort, shots-dir: target/look
set -euo pipefail
out=${1:-examples/target/diapason/ms-cohort}
shots=${2:-target/look}
mkdir -p "$shots"
for tool in chromium pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y chromium poppler-utils" >&2; exit 2; }
done
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync "--user-data-dir=$profile")
for html in "$out"/sites/*/manual.*.html; do
  site=$(basename "$(dirname "$html")"); name=$(basename "$html" .html)
  chromium "${flags[@]}" --window-size=1000,2400 --screenshot="$shots/$site-$name.png" "file://$(realpath "$html")" 2>/dev/null
  chromium "${flags[@]}" --print-to-pdf="$shots/$site-$name.chromium.pdf" --no-pdf-header-footer "file://$(realpath "$html")" 2>/dev/null
done
for pdf in "$out"/sites/*/manual.*.pdf; do
  site=$(basename "$(dirname "$pdf")"); name=$(basename "$pdf" .pdf)
  pdftoppm -r 70 -png -f 1 -l 2 "$pdf" "$shots/$site-$name.page"
  pdffonts "$pdf" | awk 'NR>2 && $(NF-4)!="yes" {bad=1; print "not embedded in '"$pdf"': " $1} END {exit bad}'
done
echo "screenshots and pages in $shots"
