#!/usr/bin/env python3
"""Draws docs/performance.svg from the hyperfine JSON files that eng/bench-process.sh writes: one group of bars per
comparison, each bar the median wall time relative to the first command of its group. Plain SVG, no script.

Usage: chart.py RESULTS_FOLDER OUTPUT.svg
"""
import json, os, sys
from xml.sax.saxutils import escape

groups = [
    ("police.uk, 111 files", "small.json"),
    ("police.uk, 1 GB", "large.json"),
    ("reports", "report.json"),
]
rows = []
for title, name in groups:
    path = os.path.join(sys.argv[1], name)
    if not os.path.exists(path):
        continue
    results = json.load(open(path))["results"]
    base = results[0]["median"]
    rows.append((title, [(r["command_label"] if "command_label" in r else r["command"], r["median"], r["median"] / base) for r in results]))

bar_h, gap, left, width = 18, 6, 300, 360
height = 30 + sum(24 + len(r) * (bar_h + gap) for _, r in rows)
top = max(x for _, r in rows for _, _, x in r)
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 150}" height="{height}" role="img" aria-labelledby="t d" font-family="sans-serif" font-size="12">',
       '<title id="t">Median wall time of whole processes, relative to the first command of each group</title>',
       '<desc id="d">Bars: median wall time divided by the first command of its group; the numbers are in docs/performance.md.</desc>']
y = 20
for title, results in rows:
    out.append(f'<text x="4" y="{y + 12}" font-weight="bold">{escape(title)}</text>')
    y += 24
    for label, median, ratio in results:
        w = max(1, width * ratio / top)
        out.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(label[:48])}</text>')
        out.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#4a7ab5"/>')
        out.append(f'<text x="{left + w + 4:.1f}" y="{y + 13}">{ratio:.2f}\u00d7 ({median:.3f} s)</text>')
        y += bar_h + gap
out.append('</svg>')
open(sys.argv[2], "w").write("\n".join(out) + "\n")
