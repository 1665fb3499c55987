//! The checked-in map does not drift from its sources (world-atlas's Natural Earth shapes and
//! Debian's iso-codes), as `python3 tools/gen_map.py --check` says.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::Path;
use std::process::Command;

#[test]
fn the_map_does_not_drift_from_natural_earth() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for (path, how) in [
        (
            "tests/browser/node_modules/world-atlas/countries-50m.json",
            "run .ci/install-browser.sh (npm ci in tests/browser)",
        ),
        ("/usr/share/iso-codes/json/iso_3166-1.json", "run .ci/install-iso-codes.sh"),
    ] {
        assert!(root.join(path).is_file(), "{path} is missing: {how}");
    }
    let out = Command::new("python3")
        .args(["tools/gen_map.py", "--check"])
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `python3 tools/gen_map.py --check`: {e}"));
    assert!(
        out.status.success(),
        "the map differs from its sources; run `python3 tools/gen_map.py` and review:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
