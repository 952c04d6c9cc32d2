#!/usr/bin/env python3
"""Summarises JFR execution samples: top self frames and top inclusive frames (optionally filtered).

usage: jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample rec.jfr | scripts/jfr-top.py [N] [PREFIX]
PREFIX keeps only inclusive frames starting with it (e.g. org.briefing) to find our own hot spots.
"""
import collections
import re
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 25
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
text = sys.stdin.read()
events = re.split(r"^jdk\.\w+Sample", text, flags=re.M)[1:]
self_count, inclusive = collections.Counter(), collections.Counter()
for event in events:
    frames = re.findall(r"^\s+([\w.$<>/]+)\(", event, re.M)
    if not frames:
        continue
    self_count[frames[0]] += 1
    for frame in set(frames):
        if frame.startswith(prefix):
            inclusive[frame] += 1
total = max(1, len(events))
print(f"{len(events)} samples")
print("-- self")
for frame, n in self_count.most_common(limit):
    print(f"{100 * n / total:5.1f}% {frame}")
print("-- inclusive" + (f" ({prefix}*)" if prefix else ""))
for frame, n in inclusive.most_common(limit):
    print(f"{100 * n / total:5.1f}% {frame}")
