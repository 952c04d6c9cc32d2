#!/usr/bin/env python3
"""Times the whole Briefing CLI against its peers on the seed and the long (100x) briefing.

Each round runs every command of a job once, in turn (alternating), after one untimed warm-up run each.
Per command it reports the median wall time, the median CPU time (user + system, the command and the
processes it waited for) and the peak RSS; per job, the ratio of Briefing's median wall time to the best
peer's. Then Briefing alone on 1x, 10x and 100x the seed body, for scaling. Results go to standard
output and to target/bench/results.md. Started by scripts/bench.sh, which builds what it needs.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "source" / "north-korea-us-china-cooperation.md"
WORK = REPO / "target" / "bench"
JAVA = shutil.which("java") or "java"


def briefing(*args):
    return [str(REPO / "bin" / "briefing"), *args]


def briefing_jar(*args):
    return [JAVA, "-Djava.awt.headless=true", "-jar", str(REPO / "target" / "briefing.jar"), *args]


def jvm_floor():
    """`java -version` with bin/briefing's flags: the JVM's own start-up, no program code."""
    return [JAVA, "-XX:TieredStopAtLevel=1", "-XX:MaxRAM=1g", "-Xms64m", "-Djava.awt.headless=true", "-version"]


def run_once(command, cwd):
    """Wall seconds, CPU seconds and peak RSS (MiB) of one run; fails loudly when the command fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this process's own resource use, including the children it waited for (xelatex, ...).
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: command failed ({os.waitstatus_to_exitcode(status)}): {' '.join(command)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def prepare(copies_list):
    """Writes <n>x.md (Markdown for Briefing and pandoc) and <n>x.adoc (for asciidoctor-pdf)."""
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "out").mkdir(exist_ok=True)
    generator = REPO / "src" / "test" / "java" / "org" / "briefing" / "bench" / "LongBriefing.java"
    for copies in copies_list:
        md = WORK / f"{copies}x.md"
        with open(md, "wb") as out:
            subprocess.run([JAVA, str(generator), str(SEED), str(copies)], stdout=out, check=True)
        if shutil.which("pandoc"):
            subprocess.run(["pandoc", "-s", str(md), "-t", "asciidoc", "-o", str(WORK / f"{copies}x.adoc")], check=True)


def jobs(doc, with_jar):
    """Job name -> list of (label, command, is_briefing)."""
    md, adoc, out = f"{doc}.md", f"{doc}.adoc", "out"
    peers_pdf = [
        ("pandoc → xelatex", ["pandoc", md, "--pdf-engine=xelatex", "-o", f"{out}/{doc}-xelatex.pdf"], "xelatex"),
        ("pandoc → WeasyPrint", ["pandoc", md, "--pdf-engine=weasyprint", "-o", f"{out}/{doc}-weasy.pdf"], "weasyprint"),
        ("asciidoctor-pdf", ["asciidoctor-pdf", adoc, "-o", f"{out}/{doc}-asciidoctor.pdf"], "asciidoctor-pdf"),
    ]
    table = {
        "PDF": [("briefing", briefing("pdf", md, "-o", f"{out}/{doc}.pdf"), None)] + peers_pdf,
        "EPUB": [("briefing", briefing("epub", md, "-o", f"{out}/{doc}.epub"), None),
                 ("pandoc", ["pandoc", md, "-o", f"{out}/{doc}-pandoc.epub"], "pandoc")],
        "plain text": [("briefing", briefing("print", md), None),
                       ("pandoc -t plain", ["pandoc", md, "-t", "plain"], "pandoc")],
        # Compared with the peers' PDF alone (their medians from the PDF job, not run again).
        "build (PDF + EPUB)": [("briefing", briefing("build", "-q", md, "-o", f"{out}/build-{doc}"), None)],
    }
    if doc == "1x":
        # What start-up costs before any work: the JVM alone, then the command line up to its answer.
        table["start-up"] = [("JVM floor (java -version, same flags)", jvm_floor(), None),
                             ("briefing --version", briefing("--version"), None)]
    if with_jar:
        for name in ("PDF", "EPUB"):
            fmt = name.lower()
            table[name].insert(1, ("briefing (java -jar)", briefing_jar(fmt, md, "-o", f"{out}/{doc}-jar.{fmt}"), None))
    result = {}
    for name, commands in table.items():
        kept = [(label, cmd, tool is None) for label, cmd, tool in commands if tool is None or shutil.which(tool)]
        result[name] = kept
    return result


def measure(doc, runs, with_jar, only):
    rows = []
    best_pdf_peer = None
    for job, commands in jobs(doc, with_jar).items():
        if only and job not in only:
            continue
        for _, command, _ in commands:
            run_once(command, WORK)  # warm-up: page cache, font caches
        samples = {label: [] for label, _, _ in commands}
        for _ in range(runs):
            for label, command, _ in commands:
                samples[label].append(run_once(command, WORK))
        medians = {label: statistics.median(s[0] for s in samples[label]) for label in samples}
        cpus = {label: statistics.median(s[1] for s in samples[label]) for label in samples}
        peers = [(medians[label], cpus[label]) for label, _, ours in commands if not ours]
        best = (min(p[0] for p in peers), min(p[1] for p in peers)) if peers else None
        if job == "PDF":
            best_pdf_peer = best
        elif job.startswith("build"):
            best = best_pdf_peer
        for label, _, ours in commands:
            s = samples[label]
            mine = ours and best
            rows.append((doc, job, label, medians[label], cpus[label], max(x[2] for x in s),
                         medians[label] / best[0] if mine else None, cpus[label] / best[1] if mine else None))
        print(f"  done: {doc} {job}", file=sys.stderr)
    return rows


def scaling(runs, copies_list):
    rows = []
    for fmt in ("pdf", "epub"):
        base = None
        for copies in copies_list:
            command = briefing(fmt, f"{copies}x.md", "-o", f"out/scale-{copies}.{fmt}")
            run_once(command, WORK)
            s = [run_once(command, WORK) for _ in range(runs)]
            wall = statistics.median(x[0] for x in s)
            cpu = statistics.median(x[1] for x in s)
            base = base or (wall, cpu)
            rows.append((fmt.upper(), copies, wall, cpu, max(x[2] for x in s), wall / base[0], cpu / base[1]))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed rounds per job (default 5)")
    parser.add_argument("--long-runs", type=int, default=3, help="timed rounds for the long document (default 3)")
    parser.add_argument("--docs", default="1x,100x", help="documents, of 1x,10x,100x (default 1x,100x)")
    parser.add_argument("--jobs", default="", help="only these jobs, comma-separated (PDF,EPUB,plain text,build (PDF + EPUB),start-up)")
    parser.add_argument("--no-jar", action="store_true", help="leave out the plain `java -jar` rows")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 1x/10x/100x scaling runs")
    args = parser.parse_args()
    prepare([1, 10, 100])
    only = [j for j in args.jobs.split(",") if j]
    lines = [f"Machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
             f"runs alternate between commands; wall and CPU are medians, RSS the peak.", "",
             "| document | job | command | wall (s) | CPU (s) | peak RSS (MiB) | wall ÷ best peer | CPU ÷ best peer |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for doc in args.docs.split(","):
        runs = args.long_runs if doc == "100x" else args.runs
        # The plain `java -jar` rows (start-up machinery off) only for the seed, where start-up dominates.
        for d, job, label, wall, cpu, rss, ratio, cpu_ratio in measure(doc, runs, not args.no_jar and doc == "1x", only):
            lines.append(f"| {d} | {job} | {label} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | "
                         f"{'' if ratio is None else f'{ratio:.2f}×'} | {'' if cpu_ratio is None else f'{cpu_ratio:.2f}×'} |")
    if not args.no_scaling:
        lines += ["", "Scaling (Briefing via bin/briefing; ratios to 1×):", "",
                  "| format | copies | wall (s) | CPU (s) | peak RSS (MiB) | wall ÷ 1× | CPU ÷ 1× |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for fmt, copies, wall, cpu, rss, wr, cr in scaling(args.long_runs, [1, 10, 100]):
            lines.append(f"| {fmt} | {copies}× | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {wr:.1f} | {cr:.1f} |")
    lines.append(f"\nLoad average at end: {os.getloadavg()[0]:.1f}")
    report = "\n".join(lines) + "\n"
    (WORK / "results.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
