#!/usr/bin/env bash
# Runs every command line of eng/tool-check/commands.txt with two builds of nhp and fails when they differ in exit
# code, standard output, standard error or any file written: the native (Native AOT) tool must behave exactly as the
# framework-dependent one, which the test suite checks.
# Usage: eng/tool-check/compare.sh "<command running the build under test>" "<command running the reference build>"
#   e.g. eng/tool-check/compare.sh "$HOME/.dotnet/tools/nhp" "dotnet $PWD/src/Nhp.Cli/bin/Debug/net10.0/nhp.dll"
# The commands run in a temporary folder: give absolute paths (or names on PATH).
set -euo pipefail
[ $# -eq 2 ] || { echo "Usage: $0 \"<nhp under test>\" \"<reference nhp>\"" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
under_test=$1
reference=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each build runs in its own folder, where the repository's input folders are linked, so that the same relative paths
# name the same inputs and every output lands in the build's own out/.
for side in test reference; do
  mkdir -p "$work/$side/out"
  for input in tests samples docs; do ln -s "$root/$input" "$work/$side/$input"; done
done

run() { # side, command, line number, arguments...
  local side=$1 command=$2 n=$3; shift 3
  local status=0
  (cd "$work/$side" && eval "$command" '"$@"' > "$work/$side.$n.out" 2> "$work/$side.$n.err") || status=$?
  echo "$status" > "$work/$side.$n.status"
}

n=0 failures=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  read -r -a arguments <<< "$line"
  run test "$under_test" "$n" "${arguments[@]}"
  run reference "$reference" "$n" "${arguments[@]}"
  problems=()
  cmp -s "$work/test.$n.status" "$work/reference.$n.status" || problems+=("exit code $(cat "$work/test.$n.status"), reference $(cat "$work/reference.$n.status")")
  cmp -s "$work/test.$n.out" "$work/reference.$n.out" || problems+=("standard output differs")
  cmp -s "$work/test.$n.err" "$work/reference.$n.err" || problems+=("standard error differs")
  diff -rq "$work/test/out" "$work/reference/out" > "$work/files.$n" 2>&1 || problems+=("files differ: $(head -n 3 "$work/files.$n" | sed "s|$work/||g" | tr '\n' ';')")
  if [ ${#problems[@]} -eq 0 ]; then
    echo "same (exit $(cat "$work/test.$n.status")): nhp $line"
  else
    failures=$((failures + 1))
    echo "DIFFERENT: nhp $line: $(IFS=';'; echo "${problems[*]}")"
    diff "$work/reference.$n.out" "$work/test.$n.out" | head -n 10 || true
    diff "$work/reference.$n.err" "$work/test.$n.err" | head -n 10 || true
  fi
done < "$root/eng/tool-check/commands.txt"

[ "$n" -gt 0 ] || { echo "No command lines in eng/tool-check/commands.txt." >&2; exit 1; }
echo "$n command lines: $((n - failures)) the same, $failures different."
[ "$failures" -eq 0 ]
