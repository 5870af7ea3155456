#!/usr/bin/env bash
# Checks the sources as CI does: formatted by the repo's .clang-format, and no file or
# function over the size limits (scripts/check-sizes.py). Exits 1 with what to fix.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
mapfile -t sources < <(git ls-files -co --exclude-standard -- 'app/*' 'core/*' 'widgets/*' 'tests/*' 'bench/*' 'fuzz/*' \
                       | grep -E '\.(cpp|h)$')
unformatted=()
for f in "${sources[@]}"; do
  [ -f "$f" ] || continue
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if ((${#unformatted[@]})); then
  echo "Not formatted by .clang-format (${#unformatted[@]} files):"
  printf '  %s\n' "${unformatted[@]}"
  echo "Fix with: clang-format -i ${unformatted[*]}"
  status=1
fi
if ! scripts/check-sizes.py app core widgets; then
  echo "Split the files or functions above (limits in scripts/check-sizes.py)."
  status=1
fi
[ "$status" -eq 0 ] && echo "Sources: formatted, and within the size limits (${#sources[@]} files)."
exit "$status"
