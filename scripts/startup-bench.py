#!/usr/bin/env python3
"""Cold start-up of the seed briefing: `java -jar` and the launcher, per JDK and per build, side by side.

Every run is a new JVM writing the seed's PDF or EPUB to a scratch folder. The variants (build x JDK x
start-up path x format) take turns, round after round, so that a busy machine slows them all alike; the
table gives the median wall time with its spread (min-max), and the median CPU time (user + system).

  scripts/startup-bench.py                       # this build, JDK 17 (default java) and Temurin 25 if present
  scripts/startup-bench.py --runs 15 --build main=/tmp/main-checkout --build branch=.
  scripts/startup-bench.py --jdk 17=/usr/lib/jvm/java-17-openjdk-amd64 --formats pdf --paths launcher
  scripts/startup-bench.py --source /tmp/long.md --formats pdf      # another document (an absolute path)

A build is a checkout after `mvn package` (target/briefing.jar, the launcher's archives, bin/briefing).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = "source/north-korea-us-china-cooperation.md"  # the seed, relative to each build; --source changes it
HOME = Path(__file__).resolve().parent.parent
TEMURIN_25 = Path("/usr/lib/jvm/temurin-25-jdk-amd64")


def default_jdks():
    java = shutil.which("java")
    jdks = {}
    if java:
        home = Path(os.path.realpath(java)).parent.parent
        jdks[feature_version(home)] = home
    if TEMURIN_25.exists():
        jdks[feature_version(TEMURIN_25)] = TEMURIN_25
    return jdks


def feature_version(java_home):
    for line in (Path(java_home) / "release").read_text().splitlines():
        if line.startswith("JAVA_VERSION="):
            return line.split("=", 1)[1].strip('"').split(".")[0]
    return "?"


def pairs(values, what):
    out = {}
    for value in values:
        if "=" not in value:
            sys.exit(f"startup-bench: {what} must be LABEL=PATH, was {value!r}")
        label, path = value.split("=", 1)
        out[label] = Path(path).resolve()
    return out


def command(build, jdk, path, fmt, target):
    args = [fmt, str(SOURCE), "-o", str(target)]
    if path == "launcher":
        return [str(build / "bin/briefing"), *args]
    return [str(jdk / "bin/java"), "-jar", str(build / "target/briefing.jar"), *args]


def run_once(build, jdk, path, fmt, scratch):
    target = scratch / f"seed.{fmt}"
    env = dict(os.environ, JAVA_HOME=str(jdk))
    env.pop("BRIEFING_JAVA_OPTS", None)
    start = time.perf_counter()
    proc = subprocess.Popen(command(build, jdk, path, fmt, target), cwd=build, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0 or not target.exists():
        sys.exit(f"startup-bench: {' '.join(command(build, jdk, path, fmt, target))} failed:\n{err}")
    if err.strip():
        sys.exit(f"startup-bench: unexpected output on standard error:\n{err}")
    target.unlink()
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="runs per variant (default 10)")
    parser.add_argument("--build", action="append", default=[], metavar="LABEL=DIR",
                        help="a built checkout (default: this one, as 'this')")
    parser.add_argument("--jdk", action="append", default=[], metavar="LABEL=JAVA_HOME",
                        help="a JDK (default: the java on PATH and Temurin 25 when installed)")
    parser.add_argument("--formats", default="pdf,epub")
    parser.add_argument("--paths", default="jar,launcher", help="start-up paths: jar (java -jar), launcher")
    parser.add_argument("--source", help="the Markdown file to publish (default: the seed briefing)")
    opts = parser.parse_args()
    global SOURCE
    if opts.source:
        SOURCE = Path(opts.source).resolve()
    builds = pairs(opts.build, "--build") or {"this": HOME}
    jdks = pairs(opts.jdk, "--jdk") or default_jdks()
    variants = [(f, p, j, b) for f in opts.formats.split(",") for p in opts.paths.split(",")
                for j in jdks for b in builds]
    times = {v: [] for v in variants}
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as scratch:
        for v in variants:  # one untimed run each: the file cache, not the JVM, is warm afterwards
            run_once(builds[v[3]], jdks[v[2]], v[1], v[0], Path(scratch))
        for round_no in range(opts.runs):
            # Rotate the order each round so no variant always follows the same neighbour.
            shift = round_no % len(variants)
            for v in variants[shift:] + variants[:shift]:
                times[v].append(run_once(builds[v[3]], jdks[v[2]], v[1], v[0], Path(scratch)))
            print(f"round {round_no + 1}/{opts.runs}", file=sys.stderr)
    load = os.getloadavg()[0]
    print(f"{Path(SOURCE).name}, cold, {opts.runs} alternating runs per row, {os.cpu_count()} cores, "
          f"load average {load:.1f} at the end.\n")
    print("| format | start-up | JDK | build | wall median (s) | wall min-max (s) | CPU median (s) |")
    print("|---|---|---|---|---:|---:|---:|")
    for v in variants:
        walls = [w for w, _ in times[v]]
        cpus = [c for _, c in times[v]]
        path = "java -jar" if v[1] == "jar" else "bin/briefing"
        print(f"| {v[0].upper()} | {path} | {v[2]} | {v[3]} | {statistics.median(walls):.2f} | "
              f"{min(walls):.2f}-{max(walls):.2f} | {statistics.median(cpus):.2f} |")


if __name__ == "__main__":
    main()
