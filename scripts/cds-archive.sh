#!/bin/sh
# Makes target/briefing.jsa, the class-data sharing archive bin/briefing maps at start-up (run by
# `mvn package` after the shaded jar is built; usage: scripts/cds-archive.sh [java]).
# A static archive (-Xshare:dump over a class list) rather than a dynamic one (-XX:ArchiveClassesAtExit):
# JDK 17 leaves classes of class-file version < 50 out of a dynamic archive, and picocli's are version 49,
# so every run loaded and verified its ~175 classes from the jar (measured: --version 0.21 -> 0.16 s CPU).
# The class list is the union of training runs of each kind of command (help, print, build = PDF + EPUB),
# so `print` finds its text renderer in the archive too, not only what `build` loads.
set -eu
java="${1:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
home=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar="$home/target/briefing.jar"
work="$home/target/cds-training"
seed="$home/source/north-korea-us-china-cooperation.md"
# The launcher's flags (bin/briefing), so the training loads what a real run loads.
flags="-XX:TieredStopAtLevel=1 -XX:MaxRAM=1g -Xms64m -Djava.awt.headless=true"
rm -rf "$work"
mkdir -p "$work"
cd "$home"
train() {
    name=$1
    shift
    # shellcheck disable=SC2086
    "$java" $flags -XX:DumpLoadedClassList="$work/$name.classlist" -jar "$jar" "$@" > "$work/$name.out"
}
train help --help
train version --version
train print print "$seed"
train build --quiet build -o "$work/out" "$seed"
# Union in first-seen order. JDK 17's lists are plain class names; newer JDKs number each class ("id: N"),
# and each run numbers its own, so the numbers are dropped before merging (classes on the class path need
# none; they are only referenced by classes of custom loaders, which these runs do not load).
cat "$work/help.classlist" "$work/version.classlist" "$work/print.classlist" "$work/build.classlist" \
    | sed -E 's/ id: [0-9]+$//' | awk '/^#/ { next } !seen[$0]++' > "$work/all.classlist"
rm -f "$home/target/briefing.jsa"
# shellcheck disable=SC2086
"$java" $flags -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedClassListFile="$work/all.classlist" \
    -XX:SharedArchiveFile="$home/target/briefing.jsa" -cp "$jar" > "$work/dump.log" 2>&1 \
    || { cat "$work/dump.log" >&2; exit 1; }
