#!/usr/bin/env python3
"""Generate the explorer's map of Latin America and the Caribbean from Natural Earth shapes.

Sources:

* tests/browser/node_modules/world-atlas/countries-50m.json -- Natural Earth 1:50m admin-0
  countries (public domain) as TopoJSON, from the npm package `world-atlas` 2.0.2, pinned in
  tests/browser/package-lock.json and installed by `.ci/install-browser.sh`;
* /usr/share/iso-codes/json/iso_3166-1.json -- Debian's iso-codes, to turn the shapes' ISO
  3166-1 numeric ids into the alpha-2 codes the dataset uses.

Output (checked in, like the country table that tools/gen_iso.py makes):

* explorer/assets/lac-map.svg -- one `<path data-iso="XX" d="...">` per country that has land in
  the frame (longitude 118 W to 33 W, latitude 57 S to 33 N), clipped to it, in an
  equirectangular projection with whole-unit coordinates; and a `<circle data-iso="XX">` for each
  CELAC member too small to see or click at that scale (the island states of the Caribbean).

Usage:

    python3 tools/gen_map.py            # regenerate the asset in place
    python3 tools/gen_map.py --check    # exit 1 if the checked-in asset differs (drift)

The output is deterministic. Exit codes: 0 ok, 1 drift, 2 missing or malformed source data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path("explorer/assets/lac-map.svg")
DEFAULT_ATLAS = ROOT / "tests/browser/node_modules/world-atlas/countries-50m.json"
DEFAULT_ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")

# The frame, in degrees: west, east, south, north.
WEST, EAST, SOUTH, NORTH = -118.0, -33.0, -57.0, 33.0
# Map units per degree (the frame is 85 x 90 degrees: 850 x 900 units).
SCALE = 10.0
# CELAC's 33 members (the dataset's Bloc::Celac list); the small ones get a circle marker.
CELAC = (
    "AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT UY VC VE"
).split()
# A member whose shape spans fewer map units than this, across and down, also gets a circle.
SMALL = 14
MARKER_RADIUS = 6


def fail(message: str) -> None:
    print(message, file=sys.stderr)
    sys.exit(2)


def load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        fail(f"{path}: missing (run .ci/install-browser.sh for world-atlas, .ci/install-iso-codes.sh for iso-codes)")
    except (OSError, ValueError) as e:
        fail(f"{path}: cannot read: {e}")


def numeric_to_alpha2(iso_path: Path) -> dict[str, str]:
    entries = load_json(iso_path).get("3166-1")
    if not isinstance(entries, list):
        fail(f"{iso_path}: no 3166-1 array")
    return {e["numeric"]: e["alpha_2"] for e in entries}


def decode_arcs(topo) -> list[list[tuple[float, float]]]:
    """The TopoJSON arcs as lists of (longitude, latitude), undoing quantisation and deltas."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(points, inside, cross):
    """One Sutherland-Hodgman pass against one edge of the frame."""
    out = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def at_x(x):
    return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def at_y(y):
    return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def clip_to_frame(points):
    for inside, cross in (
        (lambda p: p[0] >= WEST, at_x(WEST)),
        (lambda p: p[0] <= EAST, at_x(EAST)),
        (lambda p: p[1] >= SOUTH, at_y(SOUTH)),
        (lambda p: p[1] <= NORTH, at_y(NORTH)),
    ):
        if not points:
            break
        points = clip(points, inside, cross)
    return points


def project(point) -> tuple[int, int]:
    lon, lat = point
    return round((lon - WEST) * SCALE), round((NORTH - lat) * SCALE)


def ring_path(points) -> tuple[str, list[tuple[int, int]]]:
    """A closed SVG subpath in relative coordinates, and its projected points ('' if degenerate)."""
    projected: list[tuple[int, int]] = []
    for p in clip_to_frame(points):
        q = project(p)
        if not projected or projected[-1] != q:
            projected.append(q)
    while len(projected) > 1 and projected[0] == projected[-1]:
        projected.pop()
    if len(set(projected)) < 3:
        return "", []
    (x0, y0), rest = projected[0], projected[1:]
    steps = []
    x, y = x0, y0
    for nx, ny in rest:
        steps.append(f"{nx - x} {ny - y}")
        x, y = nx, ny
    return f"M{x0} {y0}l" + " ".join(steps) + "z", projected


def country_shapes(topo, codes: dict[str, str]):
    arcs = decode_arcs(topo)
    shapes = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        code = codes.get(numeric) if numeric is not None else None
        if code is None:
            continue
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        parts, points = [], []
        for polygon in polygons:
            for ring in polygon:
                d, projected = ring_path(ring_points(ring, arcs))
                if d:
                    parts.append(d)
                    points.extend(projected)
        if parts:
            shapes[code] = (geometry["properties"].get("name", code), "".join(parts), points)
    return shapes


def generate(atlas: Path, iso: Path) -> str:
    shapes = country_shapes(load_json(atlas), numeric_to_alpha2(iso))
    missing = [c for c in CELAC if c not in shapes]
    if missing:
        fail(f"{atlas}: no shape in the frame for CELAC member(s) {', '.join(missing)}")
    width, height = round((EAST - WEST) * SCALE), round((NORTH - SOUTH) * SCALE)
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">',
        "<!-- @generated by tools/gen_map.py from world-atlas 2.0.2 countries-50m.json (Natural Earth, public"
        " domain) and Debian's iso-codes. Do not edit by hand: run `python3 tools/gen_map.py`. -->",
    ]
    for code in sorted(shapes):
        _, d, _ = shapes[code]
        lines.append(f'<path data-iso="{code}" d="{d}"/>')
    for code in CELAC:
        _, _, points = shapes[code]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if max(xs) - min(xs) < SMALL and max(ys) - min(ys) < SMALL:
            cx, cy = (max(xs) + min(xs)) // 2, (max(ys) + min(ys)) // 2
            lines.append(f'<circle data-iso="{code}" cx="{cx}" cy="{cy}" r="{MARKER_RADIUS}"/>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail (exit 1) if the asset drifts")
    parser.add_argument("--atlas", type=Path, default=DEFAULT_ATLAS)
    parser.add_argument("--iso", type=Path, default=DEFAULT_ISO)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: ..)")
    args = parser.parse_args()

    text = generate(args.atlas, args.iso)
    path = args.root / OUT
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    if current == text:
        return 0
    if args.check:
        if current is None:
            print(f"{OUT}: missing", file=sys.stderr)
        else:
            old, new = current.splitlines(), text.splitlines()
            for n, (a, b) in enumerate(zip(old, new), start=1):
                if a != b:
                    print(f"{OUT}:{n}: checked in: {a[:120]!r}", file=sys.stderr)
                    print(f"{OUT}:{n}: generated:  {b[:120]!r}", file=sys.stderr)
                    break
            else:
                print(f"{OUT}: {len(old)} lines checked in, {len(new)} generated", file=sys.stderr)
        print("the map drifted from world-atlas; run `python3 tools/gen_map.py` and review", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
