#!/usr/bin/env bash
# Runs Rapport locally: installs what is missing, builds the release app and serves it on
# 127.0.0.1. Usage: scripts/run.sh [PORT]   (default 8080, or the PORT variable)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
PORT="${1:-${PORT:-8080}}"
cd "$ROOT"
say "Building Rapport (release)"
trunk build --release
exec node scripts/serve.mjs "$PORT"
