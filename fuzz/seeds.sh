#!/usr/bin/env bash
# Writes the fuzz targets' seed corpus (fuzz/seeds/<target>/) from the JSON export of the
# compiled-in report. Seeds are named by a hash of their content: running it again after the
# data changed adds the new seeds (delete fuzz/seeds first to start afresh). Keep the corpus
# small (under about 1 MB): `du -sh fuzz/seeds`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/fuzz-seeds
cargo run --quiet --all-features --example export -- --format json --out "$out"
cargo run --quiet --manifest-path fuzz/Cargo.toml --no-default-features --example seeds -- \
  "$out/eu-celac-drugs.json" fuzz/seeds
du -sh fuzz/seeds
