#!/usr/bin/env bash
# What depending on this crate costs a downstream crate. Builds a scratch crate under target/build-cost/
# that depends on this one by path, from clean, for each set-up and profile, and prints a Markdown table of
# wall time, crates compiled, the library's own time and the slowest other units (from
# `cargo build --timings`; the HTML reports are kept in target/build-cost/reports/).
#
# usage: tools/build-cost.sh [--before REV] [--variants "default json fastest"] [--profiles "dev release"]
#                            [--runs N] [--jobs N]
#   --before REV  also measure the crate at git revision REV (extracted with `git archive`), each build
#                 right before the same build of the working tree, and print the two side by side
#   variants: default  eu-celac-drugs = { path = … }
#             minimal  … default-features = false
#             json     … default-features = false, features = ["json"] (the JSON loader, with serde)
#             all      … features = ["csv", "schema"]
#             fastest  the defaults, and no debug info for dependencies ([profile.dev.package."*"]
#                      debug = false; dev profile only)
#   --runs N  builds each N times from clean and reports the median (default 1); one untimed build
#             comes first, to warm the file caches
# The dependency versions are those of each revision's Cargo.lock. CARGO_INCREMENTAL=0, as for a
# dependency from crates.io (cargo builds path dependencies incrementally in debug, registry ones not).
# Example (the figures of the README): tools/build-cost.sh --before b3f588d   (about 4 minutes on a quiet
# 2-core machine; --runs 3 about 12)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
before=""
variants="default json fastest"
profiles="dev release"
jobs="$(nproc)"
runs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift 2 ;;
    --variants) variants="$2"; shift 2 ;;
    --profiles) profiles="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "build-cost: unknown argument $1" >&2; exit 2 ;;
  esac
done
work="$repo/target/build-cost"
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR RUSTC_WRAPPER CARGO_BUILD_RUSTC_WRAPPER
rm -rf "$work/reports"
mkdir -p "$work/reports"
results="$work/results.tsv"
: > "$results"

# The crates to measure: label and source directory.
labels=(after)
sources=("$repo")
if [ -n "$before" ]; then
  src="$work/src-$before"
  if [ ! -f "$src/Cargo.toml" ]; then
    mkdir -p "$src"
    git -C "$repo" archive "$before" | tar -x -C "$src"
  fi
  labels=(before after)
  sources=("$src" "$repo")
fi

# Writes the scratch crate for (label, variant) and prints its directory.
scratch() {
  local label=$1 crate=$2 variant=$3 spec profile_toml=""
  case "$variant" in
    default) spec="{ path = \"$crate\" }" ;;
    minimal) spec="{ path = \"$crate\", default-features = false }" ;;
    json) spec="{ path = \"$crate\", default-features = false, features = [\"json\"] }" ;;
    all) spec="{ path = \"$crate\", features = [\"csv\", \"schema\"] }" ;;
    fastest) spec="{ path = \"$crate\" }"
      profile_toml=$'[profile.dev.package."*"]\ndebug = false' ;;
    *) echo "build-cost: unknown variant $variant (default, minimal, json, all, fastest)" >&2; exit 2 ;;
  esac
  local dir="$work/$label-$variant"
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

$profile_toml
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
  echo "$dir"
}

# One untimed build first, so that the first timed one does not pay for cold file caches (rustc, the
# registry's sources).
first_variant=${variants%% *}
warm=$(scratch warmup "${sources[${#sources[@]}-1]}" "$first_variant")
(cd "$warm" && rm -rf target && cargo build --quiet --jobs "$jobs" && rm -rf target)

for variant in $variants; do
  dirs=()
  for i in "${!labels[@]}"; do
    dirs+=("$(scratch "${labels[$i]}" "${sources[$i]}" "$variant")")
  done
  for profile in $profiles; do
    if [ "$variant" = fastest ] && [ "$profile" != dev ]; then
      continue  # the same as the defaults outside the dev profile
    fi
    flag=""; [ "$profile" = release ] && flag="--release"
    for run in $(seq 1 "$runs"); do
      for i in "${!labels[@]}"; do  # before, then after: a burst of load hits both alike
        label=${labels[$i]} dir=${dirs[$i]}
        rm -rf "$dir/target"
        log="$work/reports/$label-$variant-$profile.log"
        start=$(date +%s%N)
        (cd "$dir" && cargo build $flag --jobs "$jobs" --timings 2> "$log")
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        crates=$(grep -c '^ *Compiling ' "$log" || true)
        html="$work/reports/$label-$variant-$profile.html"
        cp "$dir/target/cargo-timings/cargo-timing.html" "$html"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$variant" "$profile" "$run" "$ms" "$crates" "$html" >> "$results"
        echo "build-cost: $label $variant $profile run $run: $ms ms, $crates crates" >&2
      done
    done
  done
done

python3 "$repo/tools/build_cost_report.py" "$results" "$jobs" "$before"
