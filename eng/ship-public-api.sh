#!/usr/bin/env bash
# Marks the public API as shipped, for a release (docs/releasing.md): every symbol in a library's
# PublicAPI.Unshipped.txt moves into its PublicAPI.Shipped.txt, a "*REMOVED*" line takes its symbol out of the shipped
# list, and the unshipped list is left with its header only. Run it on the commit that is tagged; review the diff.
# Usage: eng/ship-public-api.sh [project-dir ...]   (default: every library under src/ that tracks its public API)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  for file in src/*/PublicAPI.Unshipped.txt; do projects+=("$(dirname "$file")"); done
fi
for dir in "${projects[@]}"; do
  unshipped="$dir/PublicAPI.Unshipped.txt"
  shipped="$dir/PublicAPI.Shipped.txt"
  [ -f "$unshipped" ] && [ -f "$shipped" ] || { echo "$dir has no PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt." >&2; exit 1; }
  header=$(head -n1 "$unshipped")
  removed=$(tail -n +2 "$unshipped" | sed -n 's/^\*REMOVED\*//p')
  {
    head -n1 "$shipped"
    {
      tail -n +2 "$shipped"
      tail -n +2 "$unshipped" | grep -v '^\*REMOVED\*' || true
    } | { grep -v -x -F -f <(printf '%s\n' "$removed" | sed '/^$/d'; echo '@@never@@') || true; } | sed '/^$/d' | LC_ALL=C sort -u
  } > "$shipped.tmp"
  mv "$shipped.tmp" "$shipped"
  printf '%s\n' "$header" > "$unshipped"
  echo "$dir: $(($(wc -l < "$shipped") - 1)) symbols shipped."
done
