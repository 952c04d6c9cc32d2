#!/bin/sh
# Makes the start-up archive bin/briefing maps for one JDK (run by `mvn package` after the shaded jar is
# built, for Maven's JDK; usage: scripts/cds-archive.sh [java ...], one archive per java given).
# The archive is named after the JDK's version, since an archive maps only into the JVM that made it:
# - before JDK 25, target/briefing-<version>.jsa, a static class-data sharing archive (-Xshare:dump over a
#   class list). Static, because JDK 17 leaves picocli's Java 5 class files out of a dynamic archive. The
#   class list is the union of training runs of each kind of command (help, print, build = PDF + EPUB);
# - from JDK 25 on, target/briefing-<version>.aot, an AOT cache (JEP 483/514) from one training build of
#   the seed: classes loaded and linked ahead. One run, no class list to merge; same CPU time as the
#   static archive on JDK 25, see docs/performance.md.
set -eu
home=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar="$home/target/briefing.jar"
seed="$home/source/north-korea-us-china-cooperation.md"
# The launcher's flags (bin/briefing), so the training loads what a real run loads.
flags="-XX:TieredStopAtLevel=1 -XX:MaxRAM=1g -Xms64m -Djava.awt.headless=true"
cd "$home"

# The JAVA_VERSION of the JDK whose java is $1, as bin/briefing reads it.
java_version() {
    release=$(dirname -- "$(dirname -- "$(readlink -f -- "$(command -v -- "$1")")")")/release
    sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$release" 2>/dev/null
}

static_archive() {
    java=$1 archive=$2 work=$3
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
    # Union in first-seen order. JDK 17's lists are plain class names; newer JDKs number each class
    # ("id: N") per run, so the numbers are dropped before merging (only classes of custom loaders need them).
    cat "$work/help.classlist" "$work/version.classlist" "$work/print.classlist" "$work/build.classlist" \
        | sed -E 's/ id: [0-9]+$//' | awk '/^#/ { next } !seen[$0]++' > "$work/all.classlist"
    # shellcheck disable=SC2086
    "$java" $flags -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedClassListFile="$work/all.classlist" \
        -XX:SharedArchiveFile="$archive" -cp "$jar" > "$work/dump.log" 2>&1 \
        || { cat "$work/dump.log" >&2; exit 1; }
}

aot_cache() {
    java=$1 archive=$2 work=$3
    # shellcheck disable=SC2086
    "$java" $flags -XX:AOTCacheOutput="$archive" -Xlog:aot=off -Xlog:cds=off -jar "$jar" --quiet build \
        -o "$work/out" "$seed" > "$work/aot.log" 2>&1 || { cat "$work/aot.log" >&2; exit 1; }
}

[ $# -gt 0 ] || set -- "${JAVA_HOME:+$JAVA_HOME/bin/}java"
for java in "$@"; do
    version=$(java_version "$java")
    [ -n "$version" ] || { echo "cds-archive.sh: no JAVA_VERSION in the release file of $java" >&2; exit 1; }
    work="$home/target/cds-training/$version"
    rm -rf "$work" "$home/target/briefing-$version.jsa" "$home/target/briefing-$version.aot"
    mkdir -p "$work"
    case "$version" in
        1.* | [0-9] | [0-9].* | 1[0-9] | 1[0-9].* | 2[0-4] | 2[0-4].*) static_archive "$java" "$home/target/briefing-$version.jsa" "$work" ;;
        *) aot_cache "$java" "$home/target/briefing-$version.aot" "$work" ;;
    esac
done
