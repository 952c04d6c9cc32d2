#!/bin/sh
# Times the whole CLI (bin/briefing) against pandoc, pandoc → xelatex, pandoc → WeasyPrint and
# asciidoctor-pdf on the seed and the long (100×) briefing; medians, ratios and peak RSS, plus scaling
# over 1×/10×/100×. Peers come from Debian:
#   apt-get install -y pandoc texlive-xetex weasyprint ruby-asciidoctor-pdf
# Missing peers are left out. Options go to scripts/bench.py (--runs, --long-runs, --docs, --jobs, ...).
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/briefing.jar ]; then
    mvn -B -q package -DskipTests
fi
exec python3 scripts/bench.py "$@"
