#!/bin/sh
# Installs Debian's iso-codes package when its data is missing.
#
# The tests of src/model/country.rs and src/model/currency.rs check the compiled-in ISO 3166-1
# and ISO 4217 tables against iso-codes (and `tools/gen_iso.py --check` regenerates them), so
# they fail without it. Needed files:
#   /usr/share/iso-codes/json/iso_3166-1.json
#   /usr/share/iso-codes/json/iso_4217.json
#   /usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo   (Spanish names)
# Usage: .ci/install-iso-codes.sh   (as root, or with sudo available)
set -eu

json=/usr/share/iso-codes/json/iso_3166-1.json
mo=/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo

if [ -f "$json" ] && [ -f "$mo" ]; then
    echo "iso-codes: present ($json)"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "iso-codes: missing, and not root and no sudo to install it" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
if [ -f "$json" ]; then
    # The package is there but its Spanish catalogue is not (a locale was removed): reinstall.
    $sudo apt-get install -y --no-install-recommends --reinstall iso-codes
else
    $sudo apt-get install -y --no-install-recommends iso-codes
fi

if [ ! -f "$json" ] || [ ! -f "$mo" ]; then
    echo "iso-codes: still missing $json or $mo after installing;" >&2
    echo "  check /etc/dpkg/dpkg.cfg.d/ for path-exclude rules on /usr/share/locale" >&2
    exit 1
fi
echo "iso-codes: installed"
