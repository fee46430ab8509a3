#!/usr/bin/env bash
# Runs every check and test layer of Rapport, installing what is missing first:
#   1. formatting and lints (cargo fmt --check, cargo clippy -D warnings, native and wasm,
#      the wasm also as the learner's build, without the facilitator's tools)
#   2. native tests of the core and the app's pure parts (cargo test --workspace), the
#      listening coach's metrics on its labelled replies, and its model retrained and compared
#   3. component and storage tests in headless Chromium (wasm-bindgen-test)
#   4. the release build with its size report
#   5. end-to-end journeys in Chromium against the release build, with axe-core scans
# Exits non-zero when any layer fails or runs no test at all.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
setup_all || { echo "setup failed" >&2; exit 1; }

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
failures=()
summary=()

# step NAME CMD...: runs CMD, keeps its output in a log, records time and outcome.
step() {
  local name="$1"; shift
  local start=$SECONDS
  say "$name"
  if "$@" 2>&1 | tee "$LOGS/$name.log"; then
    summary+=("$(printf '%-28s ok     %4ds' "$name" $((SECONDS - start)))")
    return 0
  fi
  summary+=("$(printf '%-28s FAILED %4ds' "$name" $((SECONDS - start)))")
  failures+=("$name")
  return 1
}

# Sum of "N passed" over the cargo/wasm-bindgen test summaries in a log.
cargo_passed() {
  grep -Eo 'test result: ok\. [0-9]+ passed' "$LOGS/$1.log" | awk '{ n += $4 } END { print n + 0 }'
}

require_tests() {
  local name="$1" count="$2"
  if [ "$count" -eq 0 ]; then
    echo "$name ran no test" >&2
    failures+=("$name: no tests ran")
  else
    summary+=("$(printf '%-28s %d tests passed' "  $name" "$count")")
  fi
}

step fmt cargo fmt --all -- --check
step clippy-native cargo clippy --workspace --all-targets --quiet -- -D warnings
step clippy-wasm bash -c "cargo clippy -p rapport --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings && cargo clippy -p rapport --target wasm32-unknown-unknown --no-default-features --lib --bins --quiet -- -D warnings"

if step native-tests cargo test --workspace; then
  require_tests native-tests "$(cargo_passed native-tests)"
fi
# The listening coach's figures on its labelled replies, printed (the test above enforced them).
step coach-metrics cargo test --quiet -p rapport-core --test coach_eval -- --nocapture --test-threads=1
# The coach's committed model is exactly what its training command gives from the committed data.
step coach-model cargo run --quiet --release -p rapport-core --example train-coach -- --check

if step browser-tests cargo test -p rapport --target wasm32-unknown-unknown; then
  require_tests browser-tests "$(cargo_passed browser-tests)"
fi

# Optimised as shipped, in headless Chromium: ten thousand attempts through localStorage
# (prints size and load time) and the listening coach's speed (prints ms per reply).
step release-benchmarks bash -c "cargo test --release -p rapport --target wasm32-unknown-unknown --test browser growth -- --nocapture && cargo test --release -p rapport --target wasm32-unknown-unknown --test browser coach_speed -- --nocapture"

if step release-build trunk build --release; then
  step size-report scripts/size-report.sh "$ROOT/dist"
  if step e2e bash -c "cd '$E2E' && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination='$LOGS/e2e.tap' journeys/"; then
    require_tests e2e "$(awk '/^# pass/ { print $3 }' "$LOGS/e2e.tap")"
  fi
else
  failures+=("e2e: skipped, no release build")
fi

echo
say "Summary"
printf '%s\n' "${summary[@]}"
if [ ${#failures[@]} -gt 0 ]; then
  printf '\033[31mFailed: %s\033[0m\n' "${failures[*]}"
  exit 1
fi
printf '\033[32mAll layers passed.\033[0m\n'
