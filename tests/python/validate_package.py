"""Validates the CSV export's datapackage.json with frictionless-py and loads every table with pandas,
typed from its Table Schema.

Usage: python validate_package.py DIR [JSON SCHEMA]
  DIR holds datapackage.json and the CSV files; with JSON and SCHEMA (the json and schema exports), the JSON
  document is also validated against the JSON Schema with jsonschema (a dependency of frictionless).
Prints one line per table and a closing 'N passed, N failed' line; exits non-zero on any failure.
"""

import json
import sys
from pathlib import Path

import frictionless
import pandas as pd

PANDAS_TYPES = {"string": "string", "integer": "Int64", "boolean": "boolean"}


def load(directory: Path, resource: dict) -> pd.DataFrame:
    """Reads one table with the pandas dtypes its Table Schema gives."""
    fields = resource["schema"]["fields"]
    dtypes = {f["name"]: PANDAS_TYPES[f["type"]] for f in fields if f["type"] in PANDAS_TYPES}
    # Exact decimals stay text here (a float would round them); callers who want numbers convert.
    dtypes.update({f["name"]: "string" for f in fields if f["type"] == "number"})
    dates = [f["name"] for f in fields if f["type"] == "date"]
    frame = pd.read_csv(
        directory / resource["path"],
        dtype=dtypes,
        keep_default_na=False,
        na_values=[""],
        true_values=["true"],
        false_values=["false"],
    )
    for name in dates:
        frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
    names = [f["name"] for f in fields]
    assert list(frame.columns) == names, f"{resource['name']}: columns {list(frame.columns)} != {names}"
    for f in fields:
        if f.get("constraints", {}).get("required"):
            assert frame[f["name"]].notna().all(), f"{resource['name']}.{f['name']} has empty cells"
    for key in resource["schema"].get("primaryKey", []):
        assert key in frame.columns
    if resource["schema"].get("primaryKey"):
        assert not frame.duplicated(resource["schema"]["primaryKey"]).any(), f"{resource['name']}: duplicate keys"
    return frame


def main() -> int:
    directory = Path(sys.argv[1])
    passed = failed = 0
    report = frictionless.validate(str(directory / "datapackage.json"))
    if report.valid:
        passed += 1
        print("frictionless validate datapackage.json: valid")
    else:
        failed += 1
        print("frictionless validate datapackage.json: INVALID")
        for error in report.flatten(["type", "rowNumber", "fieldName", "note"]):
            print("   ", error)
    package = json.loads((directory / "datapackage.json").read_text(encoding="utf-8"))
    frames = {}
    for resource in package["resources"]:
        try:
            frames[resource["name"]] = load(directory, resource)
            passed += 1
            print(f"pandas {resource['name']}: {len(frames[resource['name']])} rows")
        except Exception as error:  # noqa: BLE001 - every table is reported
            failed += 1
            print(f"pandas {resource['name']}: FAILED: {error}")
    # Spot checks that the typed columns mean what they say.
    try:
        countries = frames["countries"]
        assert len(countries) == 249 and int(countries["celac_member"].sum()) == 33
        assert int(countries["eu_member"].sum()) == 27
        assert str(countries["celac_member"].dtype) == "boolean"
        seizures = frames["seizures"]
        assert seizures["value"].notna().all() and seizures["stated"].notna().all()
        # Seizures and outcomes both say whether the project made them or contributed to them.
        for name in ("seizures", "outcomes"):
            credit = frames[name]["credit"]
            assert credit.notna().all() and set(credit) <= {"own", "contribution"}, name
        passed += 1
    except (AssertionError, KeyError) as error:
        failed += 1
        print(f"spot checks: FAILED: {error!r}")
    if len(sys.argv) == 4:
        import jsonschema

        document = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        schema = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        errors = list(validator.iter_errors(document))
        # The sections table is the document's own list of sections, in print order, and every source cites one.
        sections = frames["sections"]
        codes = [s["code"] for s in document["meta"]["sections"]]
        if list(sections["section"]) == codes and set(frames["sources"]["section"]) <= set(codes):
            passed += 1
            print(f"sections: the {len(codes)} sections of the JSON document's meta, in order")
        else:
            failed += 1
            print(f"sections: FAILED: {list(sections['section'])} != {codes}")
        document["participations"][0]["role"] = "overlord"
        if not errors and len(list(validator.iter_errors(document))) == 1:
            passed += 1
            print("jsonschema: the JSON export is valid against its schema, and a bad code is not")
        else:
            failed += 1
            print(f"jsonschema: FAILED: {[e.message for e in errors[:5]]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
