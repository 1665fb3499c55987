#!/usr/bin/env bash
# Fuzz smoke run: builds every fuzz target of fuzz/ (cargo-fuzz, libFuzzer, no sanitizer so that the stable
# toolchain does: RUSTC_BOOTSTRAP=1 and `-s none`) and runs each for a few seconds on its seed corpus
# (fuzz/seeds/<target>). A crash fails the run and leaves the input in fuzz/artifacts/<target>/.
#
#   FUZZ_SECONDS   seconds per target (default 15: 8 targets, 120 s of fuzzing on 2 cores)
#
# For a longer run of one target: RUSTC_BOOTSTRAP=1 cargo fuzz run -s none from_json fuzz/corpus/from_json
#   fuzz/seeds/from_json -- -max_total_time=600   (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
seconds="${FUZZ_SECONDS:-15}"

if ! cargo fuzz --version 2>/dev/null | grep -qF "$CARGO_FUZZ_VERSION"; then
  cargo install --quiet --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

export RUSTC_BOOTSTRAP=1 CARGO_TERM_COLOR=never
cargo fuzz build -s none
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for target in $(cargo fuzz list); do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  echo "== fuzz $target for ${seconds}s"
  # -rss_limit_mb: a load of the largest seed takes a few MB; more than 2 GB is a bug.
  status=0
  cargo fuzz run -s none "$target" "$corpus" "fuzz/seeds/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  if [ "$status" -ne 0 ]; then
    grep -E -A3 'panicked|==ERROR|SUMMARY|Test unit written|error' "$log" | head -40 >&2 || true
    echo "fuzz target $target failed (status $status); the input is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
echo "fuzz smoke run passed"
