#!/usr/bin/env bash
# The crate side by side with DuckDB, pandas and polars (issue "Numbers that stay true"): the involvement
# table and the seizure totals, warm (data loaded in the process) and cold (a fresh process reading the
# files), at the report's size and on a synthetic dataset of 10^6 participations written by the crate.
# Prints a Markdown table (also in target/peers/results.md) ready for the README.
#
# usage: tools/peers/run.sh [--sizes 0,1000000] [--warm-samples 15] [--cold-runs N] [--engines duckdb,pandas,polars] [--reuse]
#   --sizes 0   the report only (seconds); the default adds 10^6 participations (a few minutes on 2 cores)
# Needs Python 3.10+ with venv; installs tools/peers/requirements.txt into target/peers-venv.
# Measure on a quiet machine: the script prints the load average it started with.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${PEERS_VENV:-target/peers-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tools/peers/requirements.txt
cargo build --quiet --release --features csv --example peers
exec "$venv/bin/python" tools/peers/peers.py --bin target/release/examples/peers "$@"
