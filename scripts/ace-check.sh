#!/usr/bin/env bash
# Checks an EPUB with DAISY Ace (accessibility) and lists its violations; exits 1 if there are any.
#
#   scripts/ace-check.sh [book.epub]
#
# Without an argument it builds the bundled seed briefing's EPUB (and the every-block test book) with the
# command line and checks those. Needs Node, Ace and Chromium:
#   apt-get install -y chromium
#   PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @daisy/ace-cli
set -euo pipefail
cd "$(dirname "$0")/.."

ACE="$(command -v ace || command -v ace-cli || true)"
if [ -z "$ACE" ]; then
  echo "ace-check: DAISY Ace is not installed: PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @daisy/ace-cli" >&2
  exit 2
fi
export PUPPETEER_EXECUTABLE_PATH="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"
if [ ! -x "$PUPPETEER_EXECUTABLE_PATH" ]; then
  echo "ace-check: no browser at $PUPPETEER_EXECUTABLE_PATH (apt-get install -y chromium)" >&2
  exit 2
fi

if [ "$#" -eq 0 ]; then
  mvn -q -B -o package -DskipTests
  mkdir -p target/epub-samples
  for source in source/north-korea-us-china-cooperation.md src/test/resources/epub/every-block.md; do
    java -Djava.awt.headless=true -jar target/briefing.jar epub "$source" \
      -o "target/epub-samples/$(basename "$source" .md).epub"
  done
  set -- target/epub-samples/*.epub
fi

status=0
for book in "$@"; do
  out="target/ace/$(basename "$book" .epub)"
  mkdir -p "$out"
  "$ACE" --force --silent --outdir "$out" "$book"
  # The JSON report lists assertions per document; print every failed one with its impact and place.
  if ! node -e '
    const report = require(require("path").resolve(process.argv[1], "report.json"));
    const failed = [];
    for (const doc of report.assertions || []) {
      for (const a of doc.assertions || []) {
        if (a["earl:result"]["earl:outcome"] !== "pass") {
          const where = (a["earl:result"]["earl:pointer"] || {}).css || "";
          failed.push(`  ${a["earl:test"]["earl:impact"]} ${a["earl:test"]["dct:title"]} in ${doc["earl:testSubject"].url} ${where}`);
        }
      }
    }
    const missing = (report["a11y-metadata"] || {}).missing || [];
    console.log(`${process.argv[2]}: ${report["earl:result"]["earl:outcome"]}, ${failed.length} violation(s)`
      + (missing.length ? `; optional metadata not given: ${missing.join(", ")}` : ""));
    failed.forEach(line => console.log(line));
    process.exit(failed.length ? 1 : 0);
  ' "$out" "$book"; then
    status=1
  fi
  echo "  full report: $out/report.html"
done
exit $status
