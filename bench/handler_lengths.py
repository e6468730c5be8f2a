#!/usr/bin/env python3
"""Lengths of the web handlers: every `async fn` under src/web, counted in
lines from its `fn` line to its closing brace (issue 13's measure).

    python3 bench/handler_lengths.py
"""
import glob
import re
import statistics

lengths = []
for path in sorted(glob.glob("src/web/**/*.rs", recursive=True)):
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if re.match(r"\s*(pub(\(\w+\))? )?async fn ", lines[i]):
            depth, started, j = 0, False, i
            while j < len(lines):
                depth += lines[j].count("{") - lines[j].count("}")
                started = started or "{" in lines[j]
                if started and depth == 0:
                    break
                j += 1
            name = re.search(r"fn (\w+)", lines[i]).group(1)
            lengths.append((j - i + 1, path, name))
            i = j
        i += 1
lengths.sort()
n = [length for length, _, _ in lengths]
print(f"handlers {len(n)}  median {statistics.median(n)}  p90 {n[int(len(n) * 0.9)]}  max {max(n)}")
for length, path, name in lengths[-8:]:
    print(f"{length:4}  {path}  {name}")
