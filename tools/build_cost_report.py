#!/usr/bin/env python3
"""The Markdown report of tools/build-cost.sh: wall time, crates compiled and where the time goes,
read from the results it wrote and the `cargo build --timings` HTML reports.

usage: build_cost_report.py RESULTS.tsv JOBS [BEFORE-REV]
"""

import json
import os
import re
import statistics
import subprocess
import sys
from datetime import datetime, timezone

LIBRARY = "eu-celac-drugs"


def units(html_path):
    """The units of a timings report: name, version, target, duration and its sections."""
    text = open(html_path, encoding="utf-8").read()
    match = re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S)
    if not match:
        return []
    out = []
    for u in json.loads(match.group(1)):
        sections = dict(u.get("sections") or [])
        frontend = sections.get("frontend")
        codegen = sections.get("codegen")
        out.append({
            "name": u["name"],
            "version": u.get("version", ""),
            "target": u.get("target", "").strip(),
            "start": u.get("start", 0.0),
            "duration": u["duration"],
            "frontend": frontend["end"] - frontend["start"] if frontend else None,
            "codegen": codegen["end"] - codegen["start"] if codegen else None,
        })
    return out


def label(u, versions):
    """The unit's crate (with its version where two versions are built), and what it is."""
    name = u["name"]
    if len(versions.get(name, ())) > 1:
        name += f" {u['version']}"
    target = u["target"]
    if "build-script (run)" in target or "build script (run)" in target:
        return f"{name} (build script run)"
    if "build-script" in target or "build script" in target:
        return f"{name} (build script)"
    return name


def versions_of(us):
    out = {}
    for u in us:
        out.setdefault(u["name"], set()).add(u["version"])
    return out


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            return next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    except OSError:
        return "?"


SETUPS = {"default": "default features", "minimal": "`default-features = false`",
          "json": "`features = [\"json\"]`", "all": "`features = [\"csv\", \"schema\"]`",
          "fastest": "default features, dependencies without debug info"}


def summary(runs):
    """Median wall time, its spread, crates compiled and the units of the last run."""
    walls = [w for w, _, _ in runs]
    return {
        "wall": statistics.median(walls),
        "spread": f" ({min(walls):.1f}–{max(walls):.1f})" if len(walls) > 1 else "",
        "crates": runs[-1][1],
        "units": units(runs[-1][2]),
        "html": runs[-1][2],
    }


def main(results_path, jobs, before):
    rows = [line.rstrip("\n").split("\t") for line in open(results_path) if line.strip()]
    groups = {}
    for label_, variant, profile, _run, ms, crates, html in rows:
        groups.setdefault((label_, variant, profile), []).append((int(ms) / 1000, int(crates), html))
    sums = {k: summary(v) for k, v in groups.items()}
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
    runs = max(len(v) for v in groups.values())
    print(f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with {rustc}, `--jobs {jobs}`, "
          f"`nproc` = {os.cpu_count()}, CPU \"{cpu_model()}\", load average at the end {' '.join(load)}; "
          f"a scratch crate depending on this one by path, built from clean (CARGO_INCREMENTAL=0, as for a "
          f"crates.io dependency), median of {runs} run(s).")
    if before:
        print()
        print(f"Before (`{before}`) and after (the working tree), the same set-up in the downstream `Cargo.toml`:")
        print()
        print("| set-up | profile | before: wall time, crates | after: wall time, crates | after ÷ before |")
        print("|---|---|---|---|---|")
        for (label_, variant, profile), a in sums.items():
            if label_ != "after":
                continue
            b = sums.get(("before", variant, profile))
            if b is None:
                continue
            print(f"| {SETUPS.get(variant, variant)} | {profile} | {b['wall']:.1f} s{b['spread']}, {b['crates']} "
                  f"| {a['wall']:.1f} s{a['spread']}, {a['crates']} | {a['wall'] / b['wall']:.2f} |")
    print()
    print("| crate | set-up | profile | wall time | crates compiled | eu-celac-drugs itself (frontend + codegen), "
          "starting at | sum of all units | slowest other units |")
    print("|---|---|---|---|---|---|---|---|")
    for (label_, variant, profile), sm in sums.items():
        us = sm["units"]
        versions = versions_of(us)
        lib = next((u for u in us if u["name"] == LIBRARY and "build" not in u["target"]), None)
        if lib and lib["frontend"] is not None and lib["codegen"] is not None:
            lib_text = f"{lib['duration']:.1f} s ({lib['frontend']:.1f} + {lib['codegen']:.1f}), from {lib['start']:.1f} s"
        elif lib:
            lib_text = f"{lib['duration']:.1f} s, from {lib['start']:.1f} s"
        else:
            lib_text = "?"
        others = sorted((u for u in us if u["name"] != LIBRARY and not u["name"].startswith("downstream")),
                        key=lambda u: -u["duration"])
        slowest = ", ".join(f"{label(u, versions)} {u['duration']:.1f}" for u in others[:5])
        total = sum(u["duration"] for u in us)
        print(f"| {label_} | {SETUPS.get(variant, variant)} | {profile} | {sm['wall']:.1f} s{sm['spread']} "
              f"| {sm['crates']} | {lib_text} | {total:.1f} s | {slowest} |")
    print()
    print("Every unit of 0.3 s or more, slowest first (seconds of one core; the timings reports are beside the "
          "results):")
    for (label_, variant, profile), sm in sums.items():
        us = sm["units"]
        print()
        print(f"- {label_}, {SETUPS.get(variant, variant)}, {profile} ({os.path.relpath(sm['html'])}): "
              + ", ".join(f"{label(u, versions_of(us))} {u['duration']:.1f}"
                          for u in sorted(us, key=lambda u: -u["duration"]) if u["duration"] >= 0.3))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else "")
