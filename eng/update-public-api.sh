#!/usr/bin/env bash
# Adds every new public symbol the PublicApiAnalyzers report (RS0016) to the project's PublicAPI.Unshipped.txt and
# removes the ones it reports as gone (RS0017). Review the diff of PublicAPI.*.txt like any other change.
# Usage: eng/update-public-api.sh [project-dir ...]   (default: every packable library under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(src/Nhp.Domain src/Nhp.Datasets.CityOfLondon src/Nhp.Datasets.ThamesValley src/Nhp.Reporting src/Nhp.Importing.OpenXml)
for dir in "${projects[@]}"; do
  for pass in 1 2 3; do
    log=$(dotnet build "$dir" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
    added=$(printf '%s\n' "$log" | grep -E "warning RS0016|error RS0016" | grep -F "$dir/" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
    removed=$(printf '%s\n' "$log" | grep -E "warning RS0017|error RS0017" | grep -F "$dir/" | sed -E "s/.*Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/" | sort -u || true)
    [ -z "$added" ] && [ -z "$removed" ] && break
    file="$dir/PublicAPI.Unshipped.txt"
    {
      head -n1 "$file"
      {
        tail -n +2 "$file"
        if [ -n "$added" ]; then printf '%s\n' "$added"; fi
      } | { grep -v -x -F -f <(printf '%s\n' "$removed" | sed '/^$/d'; echo '@@never@@') || true; } | sed '/^$/d' | LC_ALL=C sort -u
    } > "$file.tmp"
    mv "$file.tmp" "$file"
  done
done
