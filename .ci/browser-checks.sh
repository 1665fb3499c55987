#!/usr/bin/env bash
# The explorer in a real browser: builds the site, then tests/browser/check_site.py drives it from file:// with
# Debian's Chromium through Playwright (from PyPI, pinned, in a venv; it never downloads a browser), injects
# axe-core, and writes screenshots at 1280 and 390 px under target/explorer-screenshots/ for review.
# Needs .ci/install-browser.sh first.
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
