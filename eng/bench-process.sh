#!/usr/bin/env bash
# Times the whole nhp process against the tools people use now, on the same files in the same run:
#   1. police.uk counting on 111 monthly files (made from the 24 files in tests/Nhp.Domain.Tests/Data/policeuk,
#      months renumbered) and on about 1 GB (the 111 files repeated as other forces):
#      `nhp policeuk series` vs the Python csv script (eng/bench/count_policeuk.py) vs `cat ... | wc -l` vs `wc -l`
#      reading the files itself (the stricter baseline where a pipe is slow);
#   2. `nhp report` (every report of the default dataset) vs `nhp --help`.
# nhp is the native tool (Native AOT, as `dotnet tool install nhp` installs it on linux-x64); the framework-dependent
# build (ReadyToRun, what runs on other platforms) is timed beside it.
# Also the peak memory of `nhp policeuk series` on each set. Uses hyperfine when installed (Debian: apt-get install
# hyperfine), else a timing loop. Not part of CI: it takes minutes.
# Usage: eng/bench-process.sh [RESULTS_FOLDER]   (env: BENCH_GB=1 size of the large set, BENCH_RUNS=5)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results=${1:-"$root/artifacts/bench"}
runs=${BENCH_RUNS:-5}
gb=${BENCH_GB:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$results"

echo "== Machine"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(nproc) cores"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet: $(dotnet --version); python: $(python3 --version 2>&1)"
} | tee "$results/machine.txt"

echo "== Build (the native tool, as its platform package installs it; and the framework-dependent build, ReadyToRun)"
rid=$(dotnet --info | awk '/RID:/ {print $2; exit}')
dotnet publish src/Nhp.Cli -c Release -r "$rid" -o "$work/nhp" -v q -nologo
dotnet publish src/Nhp.Cli -c Release -r "$rid" -p:PublishAot=false --self-contained false -o "$work/nhp-jit" -v q -nologo
nhp="$work/nhp/nhp"
nhp_jit="$work/nhp-jit/nhp"

echo "== Data"
src="$root/tests/Nhp.Domain.Tests/Data/policeuk"
mapfile -t sources < <(ls "$src"/*.csv | sort)
mkdir -p "$work/small"
for k in $(seq 0 110); do
  y=$((2010 + k / 12)); m=$(printf '%02d' $((1 + k % 12)))
  sed -E "s/^([^,]*),[0-9]{4}-[0-9]{2},/\1,$y-$m,/" "${sources[$((k % ${#sources[@]}))]}" > "$work/small/$y-$m-city-of-london-street.csv"
done
small_bytes=$(cat "$work"/small/*.csv | wc -c)
mkdir -p "$work/large"
copies=$(( (gb * 1000000000 + small_bytes - 1) / small_bytes ))
for c in $(seq 1 "$copies"); do
  for f in "$work"/small/*.csv; do
    name=$(basename "$f" | sed "s/city-of-london/force-$c/")
    sed "s/City of London Police/Force $c Police/g" "$f" > "$work/large/$name"
  done
done
large_bytes=$(cat "$work"/large/*.csv | wc -c)
echo "small: $(ls "$work/small" | wc -l) files, $small_bytes bytes; large: $(ls "$work/large" | wc -l) files, $large_bytes bytes" | tee -a "$results/machine.txt"

time_commands() { # name, then label=command pairs
  local name=$1; shift
  if command -v hyperfine >/dev/null; then
    local args=()
    for pair in "$@"; do args+=(-n "${pair%%=*}" "${pair#*=}"); done
    hyperfine -w 1 -r "$runs" --export-json "$results/$name.json" --export-markdown "$results/$name.md" "${args[@]}"
  else
    python3 - "$results/$name.json" "$runs" "$@" <<'PY'
import json, statistics, subprocess, sys, time
out, runs, pairs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
results = []
for pair in pairs:
    label, command = pair.split("=", 1)
    subprocess.run(command, shell=True, check=True)
    times = []
    for _ in range(runs):
        t = time.perf_counter(); subprocess.run(command, shell=True, check=True); times.append(time.perf_counter() - t)
    results.append({"command": label, "median": statistics.median(times), "mean": statistics.mean(times), "times": times})
    print(f"{label}: median {statistics.median(times):.3f} s")
json.dump({"results": results}, open(out, "w"), indent=1)
PY
  fi
}

echo "== police.uk, 111 files"
time_commands small \
  "nhp policeuk series=$nhp policeuk series $work/small > /dev/null" \
  "python csv=python3 $root/eng/bench/count_policeuk.py $work/small > /dev/null" \
  "nhp (framework-dependent)=$nhp_jit policeuk series $work/small > /dev/null" \
  "cat | wc -l=cat $work/small/*.csv | wc -l > /dev/null" \
  "wc -l=wc -l $work/small/*.csv > /dev/null"

echo "== police.uk, large"
time_commands large \
  "nhp policeuk series=$nhp policeuk series $work/large > /dev/null" \
  "python csv=python3 $root/eng/bench/count_policeuk.py $work/large > /dev/null" \
  "cat | wc -l=find $work/large -name '*.csv' -print0 | xargs -0 cat | wc -l > /dev/null" \
  "wc -l=find $work/large -name '*.csv' -print0 | xargs -0 wc -l > /dev/null"

echo "== Reports"
time_commands report \
  "nhp --help=$nhp --help > /dev/null" \
  "nhp report=rm -rf $work/reports && $nhp report --out $work/reports > /dev/null" \
  "nhp --help (framework-dependent)=$nhp_jit --help > /dev/null" \
  "nhp report (framework-dependent)=rm -rf $work/reports && $nhp_jit report --out $work/reports > /dev/null"

echo "== Peak memory of nhp policeuk series"
for set in small large; do
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$set: %M KB maximum resident, %e s" "$nhp" policeuk series "$work/$set" > /dev/null 2>> "$results/memory.txt" || true
  else
    python3 -c "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print('$set:', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, 'KB maximum resident')" "$nhp" policeuk series "$work/$set" >> "$results/memory.txt"
  fi
done
tail -n 2 "$results/memory.txt"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"

python3 eng/bench/chart.py "$results" "$results/performance.svg"
echo "Results in $results (copy performance.svg to docs/ to update the chart)."
