#!/usr/bin/env bash
# The CSV export checked from outside Rust: frictionless-py validates datapackage.json (types, primary and
# foreign keys) and pandas loads every table with its typed columns. Installs both from PyPI into a venv.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${PYTHON_CHECKS_VENV:-target/python-checks-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "frictionless>=5.18,<6" "pandas>=2.2,<4" "jsonschema>=4.20,<5"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# The compiled-in report, and the test fixture (tests/fixtures/report-fixture.json: an invented report with
# its own sections and period) loaded from JSON: each exported as CSV + data package, JSON and JSON Schema.
for input in "" tests/fixtures/report-fixture.json; do
  if [ -n "$input" ]; then dir="$out/fixture"; else dir="$out/report"; fi
  for format in csv json schema; do
    cargo run --quiet --all-features --example export -- --format "$format" --out "$dir" ${input:+--input "$input"} >/dev/null
  done
  echo "== ${input:-the compiled-in report}"
  "$venv/bin/python" tests/python/validate_package.py "$dir" "$dir/eu-celac-drugs.json" "$dir/eu-celac-drugs.schema.json"
done
