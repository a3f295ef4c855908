#!/usr/bin/env python3
"""The peer for `nhp policeuk series`: monthly counts by crime type with Python's standard csv module.

Part of the benchmark (eng/bench-process.sh), not of the product. Usage: count_policeuk.py FOLDER
"""
import csv, collections, glob, os, sys

counts = collections.Counter()
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            counts[(row["Month"], row["Crime type"])] += 1
writer = csv.writer(sys.stdout)
writer.writerow(["month", "crimeType", "count"])
for (month, crime_type), n in sorted(counts.items()):
    writer.writerow([month, crime_type, n])
