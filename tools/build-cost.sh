#!/usr/bin/env bash
# What depending on this crate costs a downstream crate: builds a scratch crate under
# target/build-cost/ that depends on this one by path, from clean, with the default features, with
# `default-features = false` and with `json`, in the dev (debug) and release profiles, and prints a Markdown table of
# wall time, crates compiled and the slowest units (from `cargo build --timings`). The timings HTML
# reports are kept in target/build-cost/LABEL/reports/.
#
# usage: tools/build-cost.sh [--variants "default minimal json"] [--profiles "dev release"] [--jobs N] [--runs N]
#                            [--crate DIR] [--label NAME]
#   variants: default  (eu-celac-drugs = { path = … })
#             minimal  (… default-features = false)
#             json     (… default-features = false, features = ["json"]: the JSON loader, with serde)
#             all      (… features = ["csv", "schema"], for reference)
#   --runs N  builds each combination N times from clean and reports the median (default 1)
#   --crate DIR  measure another copy of the crate, to compare (say, mkdir -p target/before &&
#                git archive REV | tar -x -C target/before)
#   --label NAME names the results (target/build-cost/NAME/; default: current)
# The dependency versions are those of this repository's Cargo.lock. CARGO_INCREMENTAL=0, as for a
# dependency from crates.io (cargo builds path dependencies incrementally in debug, registry ones not).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
crate="$repo"
label=current
variants="default minimal json"
profiles="dev release"
jobs="$(nproc)"
runs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --variants) variants="$2"; shift 2 ;;
    --profiles) profiles="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --crate) crate="$(cd "$2" && pwd)"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "build-cost: unknown argument $1" >&2; exit 2 ;;
  esac
done
work="$repo/target/build-cost/$label"
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR RUSTC_WRAPPER CARGO_BUILD_RUSTC_WRAPPER
mkdir -p "$work/reports"
results="$work/results.tsv"
: > "$results"

for variant in $variants; do
  case "$variant" in
    default) spec="{ path = \"$crate\" }" ;;
    minimal) spec="{ path = \"$crate\", default-features = false }" ;;
    json) spec="{ path = \"$crate\", default-features = false, features = [\"json\"] }" ;;
    all) spec="{ path = \"$crate\", features = [\"csv\", \"schema\"] }" ;;
    *) echo "build-cost: unknown variant $variant (default, minimal, json, all)" >&2; exit 2 ;;
  esac
  dir="$work/$variant"
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "downstream-$variant"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
eu-celac-drugs = $spec

# Its own workspace: not a member of the repository's.
[workspace]
TOML
  cat > "$dir/src/main.rs" <<'RS'
fn main() {
    let report = eu_celac_drugs::report_2021_2022();
    let table = eu_celac_drugs::analysis::involvement_table(report, &Default::default());
    println!("{} participations, {} countries involved", report.participations().len(), table.len());
}
RS
  cp "$crate/Cargo.lock" "$dir/Cargo.lock"
  (cd "$dir" && cargo fetch --quiet)
  for profile in $profiles; do
    flag=""; [ "$profile" = release ] && flag="--release"
    for run in $(seq 1 "$runs"); do
      rm -rf "$dir/target"
      log="$work/reports/$variant-$profile.log"
      start=$(date +%s%N)
      (cd "$dir" && cargo build $flag --jobs "$jobs" --timings 2> "$log")
      end=$(date +%s%N)
      crates=$(grep -c '^ *Compiling ' "$log" || true)
      html="$work/reports/$variant-$profile.html"
      cp "$dir/target/cargo-timings/cargo-timing.html" "$html"
      ms=$(( (end - start) / 1000000 ))
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$profile" "$run" "$ms" "$crates" "$html" >> "$results"
      echo "build-cost: $variant $profile run $run: $ms ms, $crates crates" >&2
    done
  done
done

python3 "$repo/tools/build_cost_report.py" "$results" "$jobs"
