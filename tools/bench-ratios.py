#!/usr/bin/env python3
"""The README's performance ratios, with their spread over several runs of `cargo bench`.

usage: tools/bench-ratios.py [--runs N] [--skip-run]

Runs the library's criterion benchmarks (involvement, scaling, analyses) N times (default 3),
reads each benchmark's median time after every run (target/criterion/<id>/new/estimates.json),
and prints a Markdown table: each ratio as the median over the runs, with the lowest and highest
run. A ratio of one run divides two medians measured in that same run, so that a run on a busier
machine slows both sides alike. --skip-run reads the figures of the last run only (no spread).

Every benchmark checks its answers before it is timed (the scaling benchmark against the
library's own per-involvement list), so the figures are for answers that agree.

Measure on a quiet machine: the script prints the load average it started with.
"""

import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRITERION = os.path.join(ROOT, "target", "criterion")

# (label, numerator benchmark, denominator benchmark)
RATIOS = [
    ("JSON export (`export::from_json`) + table ÷ compiled-in table",
     "involvement/json_export_then_table", "involvement/compiled_in"),
    ("plain `serde_json::from_str::<Dataset>` + table ÷ compiled-in table",
     "involvement/serde_json_then_table", "involvement/compiled_in"),
    ("binary snapshot (`snapshot::from_bytes`) + table ÷ compiled-in table",
     "involvement/snapshot_then_table", "involvement/compiled_in"),
    ("`involvement_table` ÷ hand-written counting loop, 10^3 participations",
     "scaling/involvement_table/1e3", "scaling/hand_written_loop/1e3"),
    ("`involvement_table` ÷ hand-written counting loop, 10^6 participations",
     "scaling/involvement_table/1e6", "scaling/hand_written_loop/1e6"),
    ("`involvement_table`, time at 10^4 ÷ at 10^3 participations",
     "scaling/involvement_table/1e4", "scaling/involvement_table/1e3"),
    ("`involvement_table`, 10^5 ÷ 10^4", "scaling/involvement_table/1e5", "scaling/involvement_table/1e4"),
    ("hand-written loop, 10^5 ÷ 10^4", "scaling/hand_written_loop/1e5", "scaling/hand_written_loop/1e4"),
    ("`involvement_table`, 10^6 ÷ 10^5", "scaling/involvement_table/1e6", "scaling/involvement_table/1e5"),
    ("`seizure_totals` by commodity (default query) ÷ compiled-in table",
     "seizure_totals/commodity", "involvement/compiled_in"),
    ("`timeline` (all) ÷ compiled-in table", "timeline/all", "involvement/compiled_in"),
]
# Absolute times worth showing beside the ratios.
TIMES = ["involvement/compiled_in", "involvement/json_export_then_table", "involvement/serde_json_then_table",
         "involvement/snapshot_then_table",
         "scaling/involvement_table/1e6", "scaling/hand_written_loop/1e6", "seizure_totals/commodity",
         "timeline/all"]


def median_ns(bench_id):
    path = os.path.join(CRITERION, *bench_id.split("/"), "new", "estimates.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["median"]["point_estimate"]


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def fmt_ratio(x):
    return f"{x:.3g}×" if x < 100 else f"{x:.0f}×"


def main(argv):
    runs, skip = 3, False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--runs" and args:
            runs = int(args.pop(0))
        elif a == "--skip-run":
            skip = True
        else:
            print(__doc__.strip().splitlines()[2], file=sys.stderr)
            return 2
    print(f"load average at start: {os.getloadavg()[0]:.2f} (nproc {os.cpu_count()})", file=sys.stderr)
    ratios = {label: [] for label, _, _ in RATIOS}
    times = {b: [] for b in TIMES}
    for run in range(1 if skip else runs):
        if not skip:
            print(f"== cargo bench, run {run + 1} of {runs}", file=sys.stderr)
            subprocess.run(["cargo", "bench", "--quiet", "-p", "eu-celac-drugs", "--all-features",
                            "--bench", "involvement", "--bench", "scaling", "--bench", "analyses"],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        for label, num, den in RATIOS:
            ratios[label].append(median_ns(num) / median_ns(den))
        for b in TIMES:
            times[b].append(median_ns(b))
    print("| measurement | ratio (median of runs) | lowest–highest run |")
    print("|---|---|---|")
    for label, _, _ in RATIOS:
        xs = ratios[label]
        print(f"| {label} | {fmt_ratio(statistics.median(xs))} | {fmt_ratio(min(xs))}–{fmt_ratio(max(xs))} |")
    print()
    print("| benchmark | median time (median of runs) | lowest–highest run |")
    print("|---|---|---|")
    for b in TIMES:
        xs = times[b]
        print(f"| `{b}` | {fmt_time(statistics.median(xs))} | {fmt_time(min(xs))}–{fmt_time(max(xs))} |")
    print(f"\n{len(next(iter(ratios.values())))} run(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
