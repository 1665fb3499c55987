#!/usr/bin/env python3
"""Writes a second edition for the explorer's browser checks: the JSON export with one participation
removed (Belize as Chapter 10 coordinator) and one status changed (Peru's CLASI membership, from
applicant to active).

Usage: next_edition.py EXPORT.json OUT.json
"""

from __future__ import annotations

import json
import sys

REMOVED = "chapter-10.coordinator.bz"
CHANGED = ("clasi.member.pe", "applicant", "active")


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    data = json.loads(open(sys.argv[1], encoding="utf-8").read())
    before = len(data["participations"])
    data["participations"] = [p for p in data["participations"] if p["id"] != REMOVED]
    if len(data["participations"]) != before - 1:
        raise SystemExit(f"no participation {REMOVED}")
    pid, old, new = CHANGED
    changed = [p for p in data["participations"] if p["id"] == pid and p["status"] == old]
    if len(changed) != 1:
        raise SystemExit(f"no participation {pid} with status {old}")
    changed[0]["status"] = new
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
