#!/usr/bin/env bash
# The explorer in a real browser: builds the site, then tests/browser/check_site.py drives it from file:// with
# Debian's Chromium through Playwright (from PyPI, pinned, in a venv; it never downloads a browser), injects
# axe-core, and writes screenshots at 1280 and 390 px under target/explorer-screenshots/ for review.
# Then the explorer built from two editions (the compiled-in report, and a copy of its JSON export with one
# participation removed and one status changed): tests/browser/check_editions.py checks the edition switch both
# ways, the page of what changed and axe on both editions' pages, with screenshots under
# target/explorer-screenshots/editions/. Needs .ci/install-browser.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${BROWSER_CHECKS_VENV:-target/browser-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "playwright==1.65.2"
site=target/explorer-site
rm -rf "$site"
cargo run --quiet -p eu-celac-drugs-explorer -- --out "$site"
"$venv/bin/python" tests/browser/check_site.py "$site" tests/browser/node_modules/axe-core/axe.min.js target/explorer-screenshots

editions=target/explorer-editions
rm -rf "$editions" "$editions.next.json"
python3 tests/browser/next_edition.py "$site/downloads/eu-celac-drugs.json" "$editions.next.json"
cargo run --quiet -p eu-celac-drugs-explorer -- --with-compiled-in \
  --from "$editions.next.json" --source src/data/council-10233-22-eu-celac-drugs-annual-report-2021-2022.md --out "$editions"
"$venv/bin/python" tests/browser/check_editions.py "$editions" tests/browser/node_modules/axe-core/axe.min.js target/explorer-screenshots/editions
