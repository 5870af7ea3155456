#!/usr/bin/env bash
# Screenshot of the tally main window under Xvfb, as a person would see it:
#   scripts/screenshot.sh OUT.png [PROJECT] [SAMPLE] [DELAY_SEC]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/main-window.png}
project=${2:-demo/demo.tally}
sample=${3:-}
delay=${4:-4}
args=("$project")
[ -n "$sample" ] && args+=(--sample "$sample")
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# A settings folder of its own, with the annotator already chosen (no first-start question).
export XDG_CONFIG_HOME=$(mktemp -d)
mkdir -p "$XDG_CONFIG_HOME/Tally"
printf '[annotator]\nname=%s\nrole=annotator\n' "${TALLY_ANNOTATOR:-demo}" > "$XDG_CONFIG_HOME/Tally/Tally.conf"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  "$0" "$@" & pid=$!
  sleep '"$delay"'
  import -window root "'"$out"'"
  kill $pid' build/app/tally "${args[@]}"
echo "wrote $out"
