#!/usr/bin/env python3
"""The crate side by side with DuckDB, pandas and polars, on the same work and the same data.

Run it through tools/peers/run.sh, which installs the pinned packages into a virtual environment
and builds the crate's `peers` example in release. Two questions, each answered by every
contender from the files the crate writes (its binary snapshot, and its JSON, for the crate; its CSV
export for the peers):

* involvement: per country, total involvements and score, by the crate's documented rules
  (src/analysis/involvement.rs): participations of countries and of national authorities
  (ministries: organisations of kind national_authority with a country) count for the country;
  task forces for their host (role "host"); border areas for their countries (no role, status
  active); event places for their country unless the country takes part in the event (no role,
  the event's status); places of seizures and outcomes for their country (no role, status
  completed). Score = role weight (3 leadership, 2 other role, 1 none) x status weight (2 active,
  1 prospect). Rows ranked by score, then English name.
* seizures: seizure totals by commodity, kept apart by action, stated period, credit and unit,
  as `analysis::seizure_totals` with the default `SeizureQuery`: exact decimal sums, the bound
  of the sum (exact; at least / at most / approximate when every qualified figure points that
  way; mixed otherwise) and the number of figures.

Every peer's answer is checked equal to the crate's (decimals compared as decimals) before it is
timed; the script fails otherwise. Then:

* warm: the data already loaded in the process (the crate: a `Dataset` in memory, read from its
  snapshot, and the compiled-in report at the report's size; DuckDB: the tables in an in-memory
  database; pandas and polars: DataFrames already read), the time per answer, median of several
  batches;
* cold: a fresh process answering one question from the files (the crate's example in release
  reading what the question needs from the snapshot, every part of it checked, and, apart, loading
  the whole JSON document; `python` importing duckdb / pandas / polars and reading the CSV files), wall
  time, median of several runs.

The heavy imports happen only where they are used, so that a cold run pays for its own engine.
"""

import os
import sys
import time
from decimal import Decimal

# The documented weights (src/analysis/involvement.rs, `role_weight` and `status_weight`); the
# driver checks them against the crate's `peers rules`.
LEAD = ("lead", "co_lead", "co_chair", "presidency", "co_presidency", "coordinator")
ACTIVE = ("active", "operational", "ongoing", "completed")
# The bound each qualifier gives a figure (`Qualifier::bound`).
BOUND = {"exact": "exact", "half": "exact", "over": "at_least", "more_than": "at_least", "almost": "at_most",
         "about": "approximate"}
SEIZURE_KEYS = ["commodity", "action", "period", "credit", "unit"]
INVOLVEMENT_TABLES = ["participations", "organisations", "task_forces", "border_area_countries", "events",
                      "event_places", "seizures", "outcomes", "countries"]
SEIZURE_TABLES = ["seizures"]
ENGINES = ["duckdb", "pandas", "polars"]


def tables_for(work):
    return INVOLVEMENT_TABLES if work == "involvement" else SEIZURE_TABLES


def combine_bounds(bounds):
    """The bound of a sum of figures with these bounds (`Bound::combine`, folded)."""
    qualified = {b for b in bounds if b != "exact"}
    if not qualified:
        return "exact"
    return qualified.pop() if len(qualified) == 1 else "mixed"


# ---------------------------------------------------------------------------------------------
# DuckDB: SQL over the CSV tables (read as text; the figure column as an exact DECIMAL).

DUCK_INVOLVEMENT = f"""
WITH authorities AS (
    SELECT id, country FROM organisations WHERE kind = 'national_authority' AND country IS NOT NULL
), parties AS (
    SELECT CASE p.party_kind WHEN 'country' THEN p.party_country WHEN 'organisation' THEN a.country END AS country,
           p.subject_kind, p.subject_id, p.role, p.status
    FROM participations p LEFT JOIN authorities a ON p.party_kind = 'organisation' AND a.id = p.party_organisation
), involvements AS (
    SELECT country, role, status FROM parties WHERE country IS NOT NULL
    UNION ALL SELECT host, 'host', status FROM task_forces WHERE host IS NOT NULL
    UNION ALL SELECT country, NULL, 'active' FROM border_area_countries
    UNION ALL SELECT ep.place_country, NULL, e.status FROM event_places ep JOIN events e ON e.id = ep.event
        WHERE ep.place_country IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM parties p WHERE p.subject_kind = 'event' AND p.subject_id = ep.event AND p.country = ep.place_country)
    UNION ALL SELECT place_country, NULL, 'completed' FROM seizures WHERE place_country IS NOT NULL
    UNION ALL SELECT place_country, NULL, 'completed' FROM outcomes WHERE place_country IS NOT NULL
)
SELECT i.country, count(*) AS total,
       sum((CASE WHEN i.role IS NULL THEN 1 WHEN i.role IN {LEAD} THEN 3 ELSE 2 END)
           * (CASE WHEN i.status IN {ACTIVE} THEN 2 ELSE 1 END)) AS score
FROM involvements i JOIN countries c ON c.alpha2 = i.country
GROUP BY i.country, c.name_en
ORDER BY score DESC, c.name_en
"""

DUCK_SEIZURES = """
SELECT commodity, action, period, credit, unit, sum(value) AS value,
       CASE count(DISTINCT b) FILTER (WHERE b <> 'exact')
           WHEN 0 THEN 'exact'
           WHEN 1 THEN max(b) FILTER (WHERE b <> 'exact')
           ELSE 'mixed' END AS bound,
       count(*) AS terms
FROM (SELECT *, CASE qualifier WHEN 'over' THEN 'at_least' WHEN 'more_than' THEN 'at_least'
                 WHEN 'almost' THEN 'at_most' WHEN 'about' THEN 'approximate' ELSE 'exact' END AS b
      FROM seizures)
GROUP BY commodity, action, period, credit, unit
"""


def duckdb_load(data, tables, materialise):
    """An in-memory database with `tables`: copied in (warm) or views over the files (cold)."""
    import duckdb

    con = duckdb.connect()
    for t in tables:
        path = os.path.join(data, f"{t}.csv").replace("'", "''")
        replace = " REPLACE (CAST(value AS DECIMAL(38, 10)) AS value)" if t == "seizures" else ""
        kind = "TABLE" if materialise else "VIEW"
        con.execute(f"CREATE {kind} {t} AS SELECT *{replace} FROM read_csv('{path}', all_varchar = true)")
    return con


def duckdb_involvement(con):
    return con.execute(DUCK_INVOLVEMENT).fetchall()


def duckdb_seizures(con):
    return con.execute(DUCK_SEIZURES).fetchall()


# ---------------------------------------------------------------------------------------------
# pandas: every column as text (so that "NA", Namibia, stays a code), figures as Decimal objects.

def pandas_load(data, tables):
    import pandas as pd

    frames = {}
    for t in tables:
        df = pd.read_csv(os.path.join(data, f"{t}.csv"), dtype=str, keep_default_na=False, na_values=[""])
        if t == "seizures":
            df["value"] = df["value"].map(Decimal, na_action="ignore")
        frames[t] = df
    return frames


def pandas_involvement(t):
    import numpy as np
    import pandas as pd

    orgs = t["organisations"]
    authorities = orgs.loc[(orgs["kind"] == "national_authority") & orgs["country"].notna(), ["id", "country"]]
    authorities = authorities.rename(columns={"id": "party_organisation", "country": "authority_country"})
    p = t["participations"].merge(authorities, on="party_organisation", how="left")
    country = p["party_country"].where(p["party_kind"] == "country",
                                       p["authority_country"].where(p["party_kind"] == "organisation"))
    p = p.assign(country=country)
    p = p[p["country"].notna()]
    parts = [p[["country", "role", "status"]]]
    tf = t["task_forces"]
    tf = tf[tf["host"].notna()]
    parts.append(pd.DataFrame({"country": tf["host"], "role": "host", "status": tf["status"]}))
    bac = t["border_area_countries"]
    parts.append(pd.DataFrame({"country": bac["country"], "role": None, "status": "active"}))
    ep = t["event_places"]
    ep = ep[ep["place_country"].notna()].merge(t["events"][["id", "status"]], left_on="event", right_on="id")
    taking = p.loc[p["subject_kind"] == "event", ["subject_id", "country"]].drop_duplicates()
    taking = taking.rename(columns={"subject_id": "event", "country": "place_country"})
    ep = ep.merge(taking, on=["event", "place_country"], how="left", indicator=True)
    ep = ep[ep["_merge"] == "left_only"]
    parts.append(pd.DataFrame({"country": ep["place_country"], "role": None, "status": ep["status"]}))
    for name in ("seizures", "outcomes"):
        s = t[name]
        s = s[s["place_country"].notna()]
        parts.append(pd.DataFrame({"country": s["place_country"], "role": None, "status": "completed"}))
    inv = pd.concat(parts, ignore_index=True)
    role_w = np.where(inv["role"].isna(), 1, np.where(inv["role"].isin(LEAD), 3, 2))
    status_w = np.where(inv["status"].isin(ACTIVE), 2, 1)
    inv = inv.assign(w=role_w * status_w)
    g = inv.groupby("country").agg(total=("w", "size"), score=("w", "sum")).reset_index()
    g = g.merge(t["countries"][["alpha2", "name_en"]], left_on="country", right_on="alpha2")
    g = g.sort_values(["score", "name_en"], ascending=[False, True])
    return list(zip(g["country"], g["total"], g["score"]))


def pandas_seizures(t):
    s = t["seizures"]
    s = s.assign(b=s["qualifier"].map(BOUND))
    # dropna=False: without it pandas silently drops every seizure with no stated period.
    g = s.groupby(SEIZURE_KEYS, dropna=False, sort=False)
    out = g.agg(value=("value", "sum"), terms=("value", "size"), bound=("b", combine_bounds)).reset_index()
    return list(out[SEIZURE_KEYS + ["value", "bound", "terms"]].itertuples(index=False, name=None))


# ---------------------------------------------------------------------------------------------
# polars: every column as text, the figure as an exact Decimal.

def polars_load(data, tables):
    import polars as pl

    frames = {}
    for t in tables:
        df = pl.read_csv(os.path.join(data, f"{t}.csv"), infer_schema=False)
        if t == "seizures":
            df = df.with_columns(pl.col("value").cast(pl.Decimal(38, 10)))
        frames[t] = df
    return frames


def polars_involvement(t):
    import polars as pl

    col, lit, none = pl.col, pl.lit, pl.lit(None, dtype=pl.String)
    authorities = t["organisations"].filter((col("kind") == "national_authority") & col("country").is_not_null())
    authorities = authorities.select(col("id").alias("party_organisation"), col("country").alias("authority_country"))
    p = t["participations"].join(authorities, on="party_organisation", how="left").with_columns(
        pl.when(col("party_kind") == "country").then(col("party_country"))
        .when(col("party_kind") == "organisation").then(col("authority_country"))
        .alias("country")
    ).filter(col("country").is_not_null())
    taking = p.filter(col("subject_kind") == "event").select(
        col("subject_id").alias("event"), col("country").alias("place_country")).unique()
    venues = (t["event_places"].filter(col("place_country").is_not_null())
              .join(t["events"].select("id", "status"), left_on="event", right_on="id")
              .join(taking, on=["event", "place_country"], how="anti"))
    parts = [
        p.select("country", "role", "status"),
        t["task_forces"].filter(col("host").is_not_null()).select(col("host").alias("country"), lit("host").alias("role"),
                                                                 "status"),
        t["border_area_countries"].select("country", none.alias("role"), lit("active").alias("status")),
        venues.select(col("place_country").alias("country"), none.alias("role"), "status"),
    ] + [
        t[name].filter(col("place_country").is_not_null())
        .select(col("place_country").alias("country"), none.alias("role"), lit("completed").alias("status"))
        for name in ("seizures", "outcomes")
    ]
    inv = pl.concat(parts)
    weight = (pl.when(col("role").is_null()).then(1).when(col("role").is_in(LEAD)).then(3).otherwise(2)
              * pl.when(col("status").is_in(ACTIVE)).then(2).otherwise(1))
    g = (inv.group_by("country").agg(pl.len().alias("total"), weight.sum().alias("score"))
         .join(t["countries"].select("alpha2", "name_en"), left_on="country", right_on="alpha2")
         .sort(["score", "name_en"], descending=[True, False]))
    return g.select("country", "total", "score").rows()


def polars_seizures(t):
    import polars as pl

    col = pl.col
    s = t["seizures"].with_columns(col("qualifier").replace_strict(BOUND, default="exact").alias("b"))
    g = s.group_by(SEIZURE_KEYS).agg(
        col("value").sum(),
        pl.len().alias("terms"),
        col("b").filter(col("b") != "exact").unique().alias("bs"),
    ).with_columns(
        pl.when(col("bs").list.len() == 0).then(pl.lit("exact"))
        .when(col("bs").list.len() == 1).then(col("bs").list.first())
        .otherwise(pl.lit("mixed")).alias("bound")
    )
    return g.select(SEIZURE_KEYS + ["value", "bound", "terms"]).rows()


def load(engine, data, work, warm=True):
    tables = tables_for(work)
    if engine == "duckdb":
        return duckdb_load(data, tables, materialise=warm)
    if engine == "pandas":
        return pandas_load(data, tables)
    return polars_load(data, tables)


def compute(engine, loaded, work):
    return globals()[f"{engine}_{work}"](loaded)


# ---------------------------------------------------------------------------------------------
# Answers in one form: tab-separated lines, as the crate's `peers answer` prints them.

def missing(v):
    """None, or a NaN / NA that pandas put in a key column."""
    if v is None:
        return True
    try:
        return bool(v != v)
    except TypeError:  # pandas.NA
        return True


def to_lines(rows):
    out = []
    for row in rows:
        out.append("\t".join("" if missing(v) else str(v) for v in row))
    return "\n".join(out) + ("\n" if out else "")


def parse_answer(work, text):
    """An answer in a form that compares exactly: the involvement rows in order, the seizure
    totals as a sorted list with Decimal values (so that 9.6 and 9.6000000000 are equal)."""
    rows = [line.split("\t") for line in text.splitlines() if line]
    if work == "involvement":
        return [(c, int(t), int(s)) for c, t, s in rows]
    parsed = [(c, a, p, cr, u, Decimal(v), b, int(n)) for c, a, p, cr, u, v, b, n in rows]
    return sorted(parsed, key=lambda r: tuple(str(x) for x in r))


def cold_main(engine, work, data):
    """One question, answered by a fresh process from the files."""
    sys.stdout.write(to_lines(compute(engine, load(engine, data, work, warm=False), work)))


# ---------------------------------------------------------------------------------------------
# The driver.

def time_batches(fn, samples, floor=0.005):
    """Time per call, from `samples` batches of at least `floor` seconds each (sorted)."""
    batch = 1
    while True:
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        if time.perf_counter() - start >= floor or batch >= 1 << 20:
            break
        batch *= 2
    per_call = []
    for _ in range(samples):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        per_call.append((time.perf_counter() - start) / batch)
    return sorted(per_call)


def stats(seconds):
    s = sorted(seconds)
    return {"median": s[len(s) // 2], "min": s[0], "max": s[-1], "n": len(s)}


def fmt_time(seconds):
    if seconds < 1e-3:
        return f"{seconds * 1e6:.3g} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def fmt_stats(st):
    if st is None:
        return "—"
    lo, hi = st["min"], st["max"]
    return f"{fmt_time(st['median'])} ({fmt_time(lo)}–{fmt_time(hi)})"


def fmt_ratio(a, b):
    if a is None or b is None:
        return "—"
    r = a["median"] / b["median"]
    if r < 1:
        return f"1/{1 / r:.2g}" if 1 / r < 10 else f"1/{1 / r:.0f}"
    return f"{r:.2g}" if r < 10 else f"{r:.0f}"


def run(cmd, check_answer=None):
    import subprocess

    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"peers: {' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done.stdout


def check(label, work, expected, got):
    if expected != got:
        import difflib

        diff = "\n".join(difflib.unified_diff([str(r) for r in expected], [str(r) for r in got], "crate", label,
                                              lineterm="", n=1))
        raise SystemExit(f"peers: {label} disagrees with the crate on {work}:\n{diff[:4000]}")


def environment(bin_path):
    import importlib.metadata
    import platform
    import subprocess
    from datetime import datetime, timezone

    def out(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "?"

    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    except OSError:
        pass
    versions = {name: importlib.metadata.version(name) for name in ("duckdb", "pandas", "numpy", "polars")}
    import duckdb
    import polars

    threads = {"duckdb": duckdb.connect().execute("SELECT current_setting('threads')").fetchone()[0],
               "polars": polars.thread_pool_size()}
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "loadavg": open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else "?",
        "rustc": out(["rustc", "--version"]),
        "crate": out(["git", "describe", "--always", "--dirty"]),
        "python": platform.python_version(),
        "versions": versions,
        "threads": threads,
    }


def driver(args):
    import argparse
    import gc
    import json

    ap = argparse.ArgumentParser(prog="peers.py")
    ap.add_argument("--bin", required=True, help="the crate's `peers` example, built in release")
    ap.add_argument("--sizes", default="0,1000000", help="participations (0: the report itself), comma-separated")
    ap.add_argument("--data", default="target/peers", help="where the generated data and results go")
    ap.add_argument("--warm-samples", type=int, default=15)
    ap.add_argument("--cold-runs", type=int, default=0, help="fresh processes per contender (0: 7, or 3 above 10^5)")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--reuse", action="store_true", help="reuse data already written for a size")
    opts = ap.parse_args(args)
    engines = [e for e in opts.engines.split(",") if e]
    env = environment(opts.bin)
    print(f"peers: {env['date']}, nproc {env['nproc']}, {env['cpu']}, load {' '.join(env['loadavg'])}",
          file=sys.stderr)

    _, rules = run([opts.bin, "rules"])
    lead, active = (tuple(line.split(",")) for line in rules.splitlines())
    if set(lead) != set(LEAD) or set(active) != set(ACTIVE):
        raise SystemExit(f"peers: the crate's weights changed ({lead}, {active}); update LEAD and ACTIVE")

    results = []  # (size label, work, mode, {contender: stats})
    loads = []  # (size label, {contender: seconds})
    for n in (int(x) for x in opts.sizes.split(",") if x):
        data = os.path.abspath(os.path.join(opts.data, f"data-{n}"))
        json_path = os.path.join(data, "eu-celac-drugs.json")
        snap_path = os.path.join(data, "eu-celac-drugs.snapshot")
        if not (opts.reuse and os.path.exists(json_path)):
            elapsed, written = run([opts.bin, "write", str(n), data])
            print(f"peers: wrote {data} in {elapsed:.1f} s: {written.strip()}", file=sys.stderr)
        participations = sum(1 for _ in open(os.path.join(data, "participations.csv"))) - 1
        seizures = sum(1 for _ in open(os.path.join(data, "seizures.csv"))) - 1
        size_label = (f"{'the report' if n == 0 else 'synthetic'}: {participations:_} participations, "
                      f"{seizures:_} seizures").replace("_", " ")
        cold_runs = opts.cold_runs or (3 if n > 100_000 else 7)
        load_row = {}
        for work in ("involvement", "seizures"):
            _, text = run([opts.bin, "answer", work, json_path])
            expected = parse_answer(work, text)
            if n == 0:
                check("the compiled-in report", work, expected, parse_answer(work, run([opts.bin, "answer", work])[1]))
            check("the crate's snapshot", work, expected, parse_answer(work, run([opts.bin, "answer", work, snap_path])[1]))
            warm, cold = {}, {}
            # The crate, warm: what the question needs read once from its snapshot (and, for the
            # report, compiled in).
            _, out = run([opts.bin, "warm", work, str(opts.warm_samples), snap_path])
            w = json.loads(out)
            warm["crate"] = {"median": w["median_ns"] / 1e9, "min": w["min_ns"] / 1e9, "max": w["max_ns"] / 1e9}
            load_row.setdefault("crate", w["load_ms"] / 1e3)
            if n == 0:
                w = json.loads(run([opts.bin, "warm", work, str(opts.warm_samples)])[1])
                warm["crate, compiled-in"] = {"median": w["median_ns"] / 1e9, "min": w["min_ns"] / 1e9,
                                              "max": w["max_ns"] / 1e9}
            for engine in engines:
                start = time.perf_counter()
                loaded = load(engine, data, work, warm=True)
                if work == "involvement":
                    load_row[engine] = time.perf_counter() - start
                got = parse_answer(work, to_lines(compute(engine, loaded, work)))
                check(engine, work, expected, got)
                warm[engine] = stats(time_batches(lambda: compute(engine, loaded, work), opts.warm_samples))
                del loaded
                gc.collect()
            # Cold: a fresh process per answer; the first run's answer is checked too.
            commands = {"crate": [opts.bin, "answer", work, snap_path],
                        "crate, JSON": [opts.bin, "answer", work, json_path]}
            if n == 0:
                commands["crate, compiled-in"] = [opts.bin, "answer", work]
            for engine in engines:
                commands[engine] = [sys.executable, os.path.abspath(__file__), "cold", engine, work, data]
            times = {k: [] for k in commands}
            for i in range(cold_runs):
                for label, cmd in commands.items():  # interleaved, so that a burst of load hits all alike
                    elapsed, out = run(cmd)
                    times[label].append(elapsed)
                    if i == 0 and label != "crate, JSON":
                        check(f"{label} (cold)", work, expected, parse_answer(work, out))
            cold = {k: stats(v) for k, v in times.items()}
            results.append((size_label, work, "warm", warm))
            results.append((size_label, work, "cold", cold))
            print(f"peers: {size_label}, {work}: done", file=sys.stderr)
        # The whole dataset, every record validated, from each of the crate's files (fresh processes).
        for label, path in (("crate, whole snapshot", snap_path), ("crate, whole JSON", json_path)):
            samples = sorted(json.loads(run([opts.bin, "load", path])[1])["load_ms"] / 1e3 for _ in range(3))
            load_row[label] = samples[1]
        loads.append((size_label, load_row))

    md = report(env, engines, results, loads, opts)
    print(md)
    os.makedirs(opts.data, exist_ok=True)
    with open(os.path.join(opts.data, "results.md"), "w") as f:
        f.write(md)
    with open(os.path.join(opts.data, "results.json"), "w") as f:
        json.dump({"environment": env, "results": results, "loads": loads}, f, indent=1, default=str)


def report(env, engines, results, loads, opts):
    names = {"duckdb": "DuckDB", "pandas": "pandas", "polars": "polars"}
    v = env["versions"]
    lines = [
        f"Measured {env['date']} on `nproc` = {env['nproc']}, CPU \"{env['cpu']}\" (load average at the start: "
        f"{' '.join(env['loadavg'])}); {env['rustc']}, crate at `{env['crate']}`; Python {env['python']}, "
        f"duckdb {v['duckdb']}, pandas {v['pandas']} (numpy {v['numpy']}), polars {v['polars']}; DuckDB and "
        f"polars use {env['threads']['duckdb']} and {env['threads']['polars']} threads, the crate and pandas one. "
        f"Warm: time per answer, median of {opts.warm_samples} batches (min–max); cold: wall time of a fresh "
        f"process, median of several runs (min–max). Ratio: crate ÷ peer (1/50: the crate takes a fiftieth of the peer's time; above 1: the peer is faster).",
        "",
        "| data | question | mode | crate | " + " | ".join(names[e] for e in engines) + " | "
        + " | ".join(f"crate ÷ {names[e]}" for e in engines) + " |",
        "|---|---|---|---|" + "---|" * (2 * len(engines)),
    ]
    wins = []
    for size, work, mode, st in results:
        for crate_label in [k for k in ("crate", "crate, JSON", "crate, compiled-in") if k in st]:
            what = mode if crate_label == "crate" else f"{mode}, {crate_label.removeprefix('crate, ')}"
            crate = st[crate_label]
            cells = [size, work, what, fmt_stats(crate)] + [fmt_stats(st.get(e)) for e in engines]
            cells += [fmt_ratio(crate, st.get(e)) for e in engines]
            lines.append("| " + " | ".join(cells) + " |")
            for e in engines:
                if st.get(e) and st[e]["median"] < crate["median"]:
                    wins.append(f"{names[e]} ({fmt_time(st[e]['median'])}) beats the crate "
                                f"({what}, {fmt_time(crate['median'])}) on {work}, {size}")
    lines += ["", "Loading once before the warm runs, what the involvement question needs (the crate: the tables "
              "it needs and those they refer to, read from the snapshot by `snapshot::from_bytes_only` and checked; "
              "DuckDB: nine CSV files into tables; pandas, polars: `read_csv` of the same nine); and the crate's "
              "whole dataset, every record validated, from its snapshot (`snapshot::from_bytes`) and from its JSON "
              "(`export::from_json`), median of three fresh processes:", ""]
    lines.append("| data | crate | " + " | ".join(names[e] for e in engines)
                 + " | crate ÷ polars | crate, whole snapshot | crate, whole JSON |")
    lines.append("|---|---|" + "---|" * (len(engines) + 3))
    for size, row in loads:
        ratio = fmt_ratio({"median": row["crate"]}, {"median": row["polars"]}) if "polars" in row else "–"
        lines.append(f"| {size} | {fmt_time(row['crate'])} | " + " | ".join(fmt_time(row[e]) for e in engines)
                     + f" | {ratio} | {fmt_time(row['crate, whole snapshot'])} | {fmt_time(row['crate, whole JSON'])} |")
    lines += ["", "Where a peer is ahead:" if wins else "The crate is ahead of every peer everywhere."]
    lines += [f"- {w}" for w in wins]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "cold":
        cold_main(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        driver(sys.argv[1:])
