#!/usr/bin/env bash
# Installs what building and testing Rapport needs, skipping whatever is already present
# at the right version. Sourced by scripts/run.sh and scripts/test.sh; safe to run again.
# Nothing is downloaded from GitHub: Rust tools come from crates.io, Node packages from
# the npm registry, Chromium from Debian.

TRUNK_VERSION="0.21.14"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E="$ROOT/tests/e2e"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "Installing $* from Debian"
  # Another install in progress (a second checkout's setup) holds dpkg's lock: wait for it.
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"
}

# The exact wasm-bindgen version in Cargo.lock: the CLI must match it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first (https://rustup.rs)" >&2; return 1; }
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (takes several minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want
  [ -f "$ROOT/Cargo.lock" ] || (cd "$ROOT" && cargo generate-lockfile)
  want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] ||
     [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $want" ]; then
    say "Installing wasm-bindgen-cli $want (takes a few minutes, once)"
    # Not --locked: its own lock names a crate release the registry here lacks.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  # Node packages: playwright-core and axe-core for end-to-end tests, binaryen for wasm-opt.
  if ! node -e '
      const dir = process.argv[1], want = require(dir + "/package.json").devDependencies;
      for (const [name, version] of Object.entries(want)) {
        let have; try { have = require(dir + "/node_modules/" + name + "/package.json").version; } catch { process.exit(1); }
        if (have !== version) process.exit(1);
      }' "$E2E"; then
    say "Installing Node packages for the build and the end-to-end tests"
    (cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # Trunk finds wasm-opt (binaryen 132) here; Debian's binaryen is too old for current Rust output.
  export PATH="$E2E/node_modules/.bin:$PATH"
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
}

# What building and serving the app needs.
setup_build() {
  ensure_rust && ensure_wasm_bindgen && ensure_trunk && ensure_node
}

# Everything, browser included.
setup_all() {
  setup_build && ensure_chromium
}
