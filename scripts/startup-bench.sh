#!/usr/bin/env bash
# Startup benchmark (not a test): builds Rapport and a bare Yew counter app with the same
# release profile, loads each ten times in headless Chromium, and prints the median time
# to first render and to interactive for both, and the ratio.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"
trunk build --release
(cd bench/counter && trunk build --release --dist "$ROOT/target/counter-dist")
node tests/e2e/startup.js "$ROOT/dist" "$ROOT/target/counter-dist"
