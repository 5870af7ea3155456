#!/usr/bin/env bash
# Makes Tally's demo project: spoken keywords synthesised with espeak-ng in several
# voices, each centred in 1 s at 16 kHz (16-bit mono, the Speech Commands layout),
# plus background-noise files made with sox, and street scenes drawn from shapes with
# COCO boxes (scripts/make-demo-images.py). Then creates DIR/demo.tally and imports
# both with tally-cli. Usage: scripts/make-demo.sh [DIR] (default: demo)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-demo}
cli=${TALLY_CLI:-build/app/tally-cli}
data="$out/speech_commands"
words=(yes no up down left right on off stop go)
# voice name : variant -> one "speaker" each
voices=(en-us+m1 en-us+f2 en-gb+m3 en-gb+f4 en-gb-scotland+m2 en-029+f1 en-gb-x-rp+m4 en-us+f5)
speeds=(150 175)

rm -rf "$data" "$out/demo.tally" "$out/demo.tally-wal" "$out/demo.tally-shm"
mkdir -p "$data/_background_noise_"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for word in "${words[@]}"; do
  mkdir -p "$data/$word"
  for v in "${voices[@]}"; do
    speaker=$(printf '%s' "$v" | sha1sum | cut -c1-8)
    n=0
    for s in "${speeds[@]}"; do
      espeak-ng -v "$v" -s "$s" -w "$tmp/raw.wav" "$word"
      sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 "$tmp/16k.wav" silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
      len=$(soxi -s "$tmp/16k.wav")
      ((len > 16000)) && len=16000
      pre=$(((16000 - len) / 2))
      post=$((16000 - len - pre))
      sox "$tmp/16k.wav" "$data/$word/${speaker}_nohash_${n}.wav" trim 0s "${len}s" pad "${pre}s" "${post}s" gain -n -3
      n=$((n + 1))
    done
  done
done
sox -n -r 16000 -c 1 -b 16 "$data/_background_noise_/white_noise.wav" synth 20 whitenoise gain -12
sox -n -r 16000 -c 1 -b 16 "$data/_background_noise_/pink_noise.wav" synth 20 pinknoise gain -9
sox -n -r 16000 -c 1 -b 16 "$data/_background_noise_/running_tap.wav" synth 20 brownnoise tremolo 3 40 gain -6

cat > "$data/README.txt" <<TXT
Tally demo data: made by scripts/make-demo.sh, not recorded from people.
Keywords: ${words[*]}, spoken by the espeak-ng speech synthesiser (GPL-3.0-or-later program;
its output carries no licence restriction) in ${#voices[@]} voices at ${#speeds[@]} speeds, each
resampled to 16 kHz with sox and centred in 1 s. A "speaker" id is the SHA-1 prefix of the voice name.
_background_noise_: white, pink and brown noise generated with sox.
TXT

"$cli" init "$out/demo.tally"
"$cli" import "$out/demo.tally" --format speech-commands "$data" --licence CC0-1.0 \
  --source "Synthesised with espeak-ng and sox by scripts/make-demo.sh (no human recordings)"
# Hotkeys 1-9 for the first nine keywords, G for "go" (the import gave each a free letter
# first; those are cleared so that the digits are free to give).
for word in "${words[@]}"; do
  "$cli" classes "$out/demo.tally" --edit "$word" --hotkey "" >/dev/null
done
key=1
for word in "${words[@]}"; do
  k=$key; [ "$word" = go ] && k=g
  "$cli" classes "$out/demo.tally" --edit "$word" --hotkey "$k" >/dev/null
  key=$((key + 1))
done
# Images: street scenes drawn from shapes (scripts/make-demo-images.py), with COCO boxes.
rm -rf "$out/street_scenes"
python3 scripts/make-demo-images.py "$out/street_scenes"
"$cli" import "$out/demo.tally" --format coco "$out/street_scenes/annotations.json" --licence CC0-1.0 \
  --source "Drawn by scripts/make-demo-images.py (shapes, no photographs)"
"$cli" classes "$out/demo.tally" --edit person --hotkey p >/dev/null
"$cli" classes "$out/demo.tally" --edit car --hotkey c >/dev/null
"$cli" classes "$out/demo.tally" --edit dog --hotkey d >/dev/null
# A second annotator's box on the first scene, a little off the imported person box,
# for the agreement report.
first="$out/street_scenes/images/$(ls "$out/street_scenes/images" | head -1)"
near=$("$cli" boxes "$out/demo.tally" --sample "$first" --json | python3 -c '
import json, sys
b = [b for b in json.load(sys.stdin)["boxes"] if b["class"] == "person"][0]
print("%d,%d,%d,%d" % (b["x"] + 6, b["y"] - 4, b["w"] + 4, b["h"] + 2))')
"$cli" boxes "$out/demo.tally" --sample "$first" --annotator alex --class person --add "$near" >/dev/null
echo "Demo project ready: $out/demo.tally"
