#!/bin/sh
# Installs what the explorer's browser checks need, when missing:
#   * Debian's chromium and chromium-driver (the browser Playwright drives; Playwright never downloads one),
#   * Debian's poppler-utils (pdftotext reads the PDF of a printed page back),
#   * the npm packages pinned in tests/browser/package-lock.json (axe-core, injected into the pages, and
#     world-atlas, the Natural Earth shapes that tools/gen_map.py turns into the explorer's map).
# Usage: .ci/install-browser.sh   (as root, or with sudo available)
set -eu
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "browser: chromium missing, and not root and no sudo to install it" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core poppler-utils
fi
echo "browser: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium present')"

if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ] || [ ! -f tests/browser/node_modules/world-atlas/countries-50m.json ]; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "browser: npm is missing (needed for axe-core and world-atlas)" >&2
        exit 1
    fi
    (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts)
fi
echo "browser: axe-core and world-atlas in tests/browser/node_modules"
