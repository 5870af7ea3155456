#!/usr/bin/env bash
# Screenshot of the tally main window under Xvfb, as a person would see it:
#   scripts/screenshot.sh OUT.png [PROJECT] [SAMPLE] [DELAY_SEC]
# PROJECT "-" starts with no project (the start page). Environment:
#   SCREEN=WxH      the virtual screen (default 1440x900)
#   KEYS="k1 k2"    keys xdotool presses once the window is up (e.g. "F1", "alt+h k");
#                   "click:X,Y" clicks the screen there, "drag:X1,Y1,X2,Y2" drags
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/main-window.png}
project=${2:-demo/demo.tally}
sample=${3:-}
delay=${4:-4}
screen=${SCREEN:-1440x900}
keys=${KEYS:-}
args=()
[ "$project" != "-" ] && args+=("$project")
[ -n "$sample" ] && args+=(--sample "$sample")
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# A settings folder of its own, with the annotator already chosen (no first-start question).
export XDG_CONFIG_HOME=$(mktemp -d)
mkdir -p "$XDG_CONFIG_HOME/Tally"
# RECENT="a.tally, b.tally" fills the recent projects (a [General] key, so before [annotator]).
: > "$XDG_CONFIG_HOME/Tally/Tally.conf"
if [ -n "${RECENT:-}" ]; then
  printf '[General]\nrecentProjects=%s\n' "$RECENT" >> "$XDG_CONFIG_HOME/Tally/Tally.conf"
fi
printf '[annotator]\nname=%s\nrole=%s\n' "${TALLY_ANNOTATOR:-demo}" "${TALLY_ROLE:-annotator}" \
  >> "$XDG_CONFIG_HOME/Tally/Tally.conf"
xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
  "$0" "$@" & pid=$!
  sleep '"$delay"'
  for k in '"$keys"'; do
    w=$(xdotool search --onlyvisible --class tally 2>/dev/null | tail -1)
    [ -n "$w" ] && xdotool mousemove --window "$w" 200 200 windowfocus "$w" 2>/dev/null || true
    case "$k" in
      click:*) xy=${k#click:}; xdotool mousemove "${xy%,*}" "${xy#*,}" click 1; sleep 2 ;;
      drag:*) IFS=, read -r x1 y1 x2 y2 <<< "${k#drag:}"
              xdotool mousemove "$x1" "$y1" mousedown 1 mousemove $(((x1 + x2) / 2)) "$y2" \
                mousemove "$x2" "$y2" mouseup 1; sleep 2 ;;
      *) xdotool key --delay 200 "$k"; sleep 1 ;;
    esac
  done
  import -window root "'"$out"'"
  kill $pid' build/app/tally "${args[@]}"
echo "wrote $out"
