#!/bin/sh
# JMH benchmarks of the stages (src/bench/java), warm steady state. Arguments go to JMH, e.g.
#   scripts/bench-jmh.sh                               # every stage, seed and 100x
#   scripts/bench-jmh.sh 'StageBenchmark.(epub|pdfPaint)' -p copies=100 -wi 1 -i 3
#   scripts/bench-jmh.sh PaginationBenchmark           # pagination alone (in the flow package)
#   scripts/bench-jmh.sh -prof jfr                     # with a flight recording per benchmark
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
exec java -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
