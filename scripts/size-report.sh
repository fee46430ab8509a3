#!/usr/bin/env bash
# Prints the size of every file in the release build, raw and gzip -9, with the totals,
# so each change shows what it costs. Usage: scripts/size-report.sh [DIST_DIR]
set -euo pipefail
dist="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist}"
[ -d "$dist" ] || { echo "no build at $dist: run trunk build --release first" >&2; exit 1; }
printf '%-44s %10s %10s\n' "file" "bytes" "gzip -9"
total=0; total_gz=0
while IFS= read -r file; do
  size=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$((total + size)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${file#"$dist"/}" "$size" "$gz"
done < <(find "$dist" -type f | sort)
printf '%-44s %10d %10d\n' "total" "$total" "$total_gz"
