#!/usr/bin/env bash
# Installs the Debian 12 packages Tally needs to build, test and run, if any are missing.
set -euo pipefail
PKGS=(cmake ninja-build g++ pkg-config
      qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
      libqt6sql6-sqlite libqt6svg6 libqcustomplot-dev libqcustomplot2.1-qt6
      qt6-image-formats-plugins  # WebP (and TIFF) for the image view and the image checks
      libkissfft-dev libsndfile1-dev libsoxr-dev
      libsqlite3-dev  # store/SqliteRows.h: the raw connection under the QSQLITE driver
      libebur128-dev libchromaprint-dev libopencv-dev libopencv-contrib-dev  # core/quality
      liblinear-dev libhnswlib-dev libeigen3-dev  # core/assist
      opencv-doc  # its example photos: the person detector's test and measurement
      xvfb xauth espeak-ng sox python3 libgl1-mesa-dev clang-format
      imagemagick xdotool  # scripts/screenshot.sh: import -window root, keys into the window
      python3-scipy python3-soundfile  # bench_export's reference Python loop
      clang libclang-rt-14-dev         # the libFuzzer targets (scripts/fuzz.sh)
      qt6-httpserver-dev qt6-websockets-dev libqrencode-dev openssl  # core/collect (HttpServer needs WebSockets)
      chromium nodejs)                 # tests/web: the collection page in a real browser
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# npm comes with NodeSource's nodejs; Debian's own nodejs needs the npm package beside it.
if ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi
