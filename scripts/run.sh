#!/usr/bin/env bash
# Installs what is missing, builds, makes the demo project the first time, and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
[ -f demo/demo.tally ] || scripts/make-demo.sh demo
exec build/app/tally demo/demo.tally "$@"
