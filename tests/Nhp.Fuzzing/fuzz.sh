#!/usr/bin/env bash
# Fuzzes every reader with AFL++ for a fixed total budget (seconds, default 300), shared equally between the
# targets; target names after the budget fuzz only those (fuzz.sh 60 peel-json text-table). Exits 1 when a target
# crashed (the crashing inputs are copied to crashers/<target>/ to be kept as regression tests), could not start, or
# ran no input, 2 when a named target does not exist, 3 when afl-fuzz is not installed, 0 otherwise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
budget="${1:-300}"
shift || true

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: afl-fuzz is not installed (Debian package afl++)." >&2
  exit 3
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fuzz: building the harness"
dotnet publish "$here/Nhp.Fuzzing.csproj" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
if ! command -v sharpfuzz >/dev/null 2>&1; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
  export PATH="$work/tools:$PATH"
fi
# A copy left uninstrumented replays crashes with the reader's own exception (the instrumented one, outside afl-fuzz,
# can only fail on its missing shared memory).
cp -r "$work/bin" "$work/plain"
sharpfuzz "$work/bin/Nhp.Domain.dll"

mapfile -t targets < <(dotnet "$work/bin/Nhp.Fuzzing.dll" --list)
if [ "$#" -gt 0 ]; then
  for wanted in "$@"; do
    printf '%s\n' "${targets[@]}" | grep -qxF -- "$wanted" || { echo "fuzz: no target named $wanted." >&2; exit 2; }
  done
  targets=("$@")
fi
share=$(( budget / ${#targets[@]} ))
[ "$share" -ge 10 ] || share=10
echo "fuzz: ${#targets[@]} targets, ${share}s each"

# No AFL_NO_STARTUP_CALIBRATION or AFL_FAST_CAL: with calibration skipped, afl-fuzz never spins up SharpFuzz's fork
# server and stops at the first input ("Unable to request new process from fork server").
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
  AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_QUIET=1
crashed=0
mkdir -p "$work/out"
for target in "${targets[@]}"; do
  out="$work/out/$target"
  status=0
  timeout --kill-after=10 $(( share + 60 )) \
    afl-fuzz -i "$here/corpus/$target" -o "$out" -V "$share" -t 10000 -m none -- \
      dotnet "$work/bin/Nhp.Fuzzing.dll" "$target" >"$work/$target.log" 2>&1 || status=$?
  crashes=$( (find "$out" -path '*/crashes/id:*' -type f 2>/dev/null || true) | wc -l)
  hangs=$( (find "$out" -path '*/hangs/id:*' -type f 2>/dev/null || true) | wc -l)
  execs=$(awk -F: '/^execs_done/{gsub(/ /,"",$2); print $2}' "$out"/default/fuzzer_stats 2>/dev/null || echo "?")
  echo "fuzz: $target: ${execs:-?} runs, $crashes crash(es), $hangs slow input(s) (afl-fuzz exit $status)"
  if [ "$status" -ne 0 ] && [ ! -f "$out/default/fuzzer_stats" ]; then
    echo "fuzz: afl-fuzz could not start on $target:" >&2
    tail -n 20 "$work/$target.log" >&2
    crashed=1
  elif [ "${execs:-0}" = "0" ] || [ "${execs:-?}" = "?" ]; then
    # The fuzzer started but ran nothing: the target was not fuzzed, which is a failure, with afl-fuzz's own words.
    echo "fuzz: afl-fuzz ran no input on $target, so this target was not fuzzed:" >&2
    tail -n 15 "$work/$target.log" | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' >&2
    crashed=1
  fi
  if [ "$crashes" -gt 0 ]; then
    mkdir -p "$here/crashers/$target"
    find "$out" -path '*/crashes/id:*' -type f | while read -r file; do
      name="$(sha1sum "$file" | cut -c1-16)"
      cp "$file" "$here/crashers/$target/$name"
      echo "fuzz: crash in $target kept as tests/Nhp.Fuzzing/crashers/$target/$name:" >&2
      dotnet "$work/plain/Nhp.Fuzzing.dll" "$target" --replay "$file" 2>&1 | head -n 5 >&2 || true
    done
    crashed=1
  fi
done

exit "$crashed"
