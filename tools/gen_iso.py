#!/usr/bin/env python3
"""Generate the ISO 3166-1 and ISO 4217 tables of eu-celac-drugs from Debian's iso-codes.

Sources (Debian package `iso-codes`, installed by `.ci/install-iso-codes.sh`):

* /usr/share/iso-codes/json/iso_3166-1.json  -- codes and English names (249 entries)
* /usr/share/iso-codes/json/iso_4217.json    -- active currency codes
* /usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo -- Spanish names (msgid = English name)

Outputs (checked in, like chrono-tz's generated tables):

* src/model/country/table.rs
* src/model/currency/table.rs

Usage:

    python3 tools/gen_iso.py            # regenerate the tables in place
    python3 tools/gen_iso.py --check    # exit 1 if the checked-in tables differ (drift)

The output is deterministic and already in rustfmt's style. The only hand-written data here is
the territory table below (iso-codes does not say which entries are sovereign states).
Exit codes: 0 ok, 1 drift, 2 missing or malformed source data.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTRY_OUT = Path("src/model/country/table.rs")
CURRENCY_OUT = Path("src/model/currency/table.rs")
DEFAULT_JSON_DIR = Path("/usr/share/iso-codes/json")
DEFAULT_LOCALE_DIR = Path("/usr/share/locale")
EXPECTED_COUNTRIES = 249

# --------------------------------------------------------------------------------------------
# Hand-written data: which ISO 3166-1 entries are territories, and the state responsible.
#
# Rule: an entry is a *sovereign state* when it is a member state of the United Nations (193)
# or a non-member observer state of the UN General Assembly (the Holy See, VA, and Palestine,
# PS). Every other entry (54) is a *territory*. That is a published, checkable criterion; it
# takes no side in recognition disputes beyond what the UN itself records.
#
# The value is the sovereign state *responsible* for the territory (the administering power, in
# the UN's words: the state in charge of its defence and foreign relations), or None where there
# is no such single state. Borderline cases:
#
# * AQ Antarctica: no sovereign (claims are frozen by the Antarctic Treaty).       -> None
# * EH Western Sahara: a UN non-self-governing territory whose status is disputed
#   (Morocco administers most of it; the Sahrawi Arab Democratic Republic claims it). -> None
# * TW Taiwan: governed by its own authorities (the Republic of China), claimed by the
#   People's Republic of China, not a UN member or observer.                      -> None
# * PS Palestine: UN observer state since 2012, so counted as a sovereign state.
# * XK Kosovo: not in ISO 3166-1 at all, so not representable here.
# * CK Cook Islands, NU Niue: self-governing in free association with New Zealand, which
#   shares the head of state and citizenship (the Realm of New Zealand).           -> NZ
# * GG Guernsey, JE Jersey, IM Isle of Man: Crown Dependencies, not part of the UK, but the
#   UK is responsible for their defence and international relations.             -> GB
# * AW, CW, SX (constituent countries) and BQ (special municipalities): parts of the Kingdom
#   of the Netherlands, whose ISO code is NL.                                       -> NL
# * GF, GP, MQ, RE, YT (French overseas departments) are integral parts of France (and
#   outermost regions of the EU); they are territories only in the sense of having their own
#   ISO entry.                                                                      -> FR
# * HK, MO: special administrative regions of China.                               -> CN
# * Disputed administration, given as the administering state with the claim noted: FK
#   Falkland Islands (Malvinas) and GS South Georgia and the South Sandwich Islands
#   (claimed by Argentina), GI Gibraltar (claimed by Spain), IO British Indian Ocean
#   Territory (claimed by Mauritius; a 2025 UK-Mauritius treaty provides for transfer),
#   YT Mayotte (claimed by Comoros), TF French Southern Territories (the Iles Eparses
#   are claimed by Madagascar).
TERRITORIES: dict[str, str | None] = {
    "AI": "GB",  # Anguilla
    "AQ": None,  # Antarctica
    "AS": "US",  # American Samoa
    "AW": "NL",  # Aruba
    "AX": "FI",  # Aland Islands
    "BL": "FR",  # Saint Barthelemy
    "BM": "GB",  # Bermuda
    "BQ": "NL",  # Bonaire, Sint Eustatius and Saba
    "BV": "NO",  # Bouvet Island
    "CC": "AU",  # Cocos (Keeling) Islands
    "CK": "NZ",  # Cook Islands
    "CW": "NL",  # Curacao
    "CX": "AU",  # Christmas Island
    "EH": None,  # Western Sahara
    "FK": "GB",  # Falkland Islands (Malvinas)
    "FO": "DK",  # Faroe Islands
    "GF": "FR",  # French Guiana
    "GG": "GB",  # Guernsey
    "GI": "GB",  # Gibraltar
    "GL": "DK",  # Greenland
    "GP": "FR",  # Guadeloupe
    "GS": "GB",  # South Georgia and the South Sandwich Islands
    "GU": "US",  # Guam
    "HK": "CN",  # Hong Kong
    "HM": "AU",  # Heard Island and McDonald Islands
    "IM": "GB",  # Isle of Man
    "IO": "GB",  # British Indian Ocean Territory
    "JE": "GB",  # Jersey
    "KY": "GB",  # Cayman Islands
    "MF": "FR",  # Saint Martin (French part)
    "MO": "CN",  # Macao
    "MP": "US",  # Northern Mariana Islands
    "MQ": "FR",  # Martinique
    "MS": "GB",  # Montserrat
    "NC": "FR",  # New Caledonia
    "NF": "AU",  # Norfolk Island
    "NU": "NZ",  # Niue
    "PF": "FR",  # French Polynesia
    "PM": "FR",  # Saint Pierre and Miquelon
    "PN": "GB",  # Pitcairn
    "PR": "US",  # Puerto Rico
    "RE": "FR",  # Reunion
    "SH": "GB",  # Saint Helena, Ascension and Tristan da Cunha
    "SJ": "NO",  # Svalbard and Jan Mayen
    "SX": "NL",  # Sint Maarten (Dutch part)
    "TC": "GB",  # Turks and Caicos Islands
    "TF": "FR",  # French Southern Territories
    "TK": "NZ",  # Tokelau
    "TW": None,  # Taiwan, Province of China
    "UM": "US",  # United States Minor Outlying Islands
    "VG": "GB",  # Virgin Islands, British
    "VI": "US",  # Virgin Islands, U.S.
    "WF": "FR",  # Wallis and Futuna
    "YT": "FR",  # Mayotte
}
# 193 UN member states + 2 observer states.
EXPECTED_SOVEREIGN = 195

COUNTRY_DOC = '''\
/// A country or territory of ISO 3166-1, named by its alpha-2 code.
///
/// The 249 variants are the entries of ISO 3166-1 as shipped by Debian's `iso-codes`
/// (generated by `tools/gen_iso.py`; a test fails when the table drifts from the source).
/// They are declared in alphabetical order of the alpha-2 code, so the derived [`Ord`] is the
/// order of the codes and agrees with [`Eq`]. Territories (entries that are not sovereign
/// states, such as [`Country::VG`]) are variants too: see [`Country::is_territory`].
///
/// [`FromStr`](std::str::FromStr) is strict: it accepts an upper-case alpha-2 or alpha-3 code
/// or the three-digit numeric code, and [`Display`](std::fmt::Display) writes the alpha-2
/// code, so the two round-trip. Names in any spelling go through
/// [`resolve_country`](crate::resolve_country). With the `serde` feature a country is
/// (de)serialized as its alpha-2 code, and deserialization accepts exactly what `FromStr`
/// accepts.
///
/// `Display`, `AsRef<str>` and `Into<&'static str>` (strum's `Display`, `AsRefStr` and
/// `IntoStaticStr`, the variant's name), [`CodeEnum::as_str`](crate::CodeEnum::as_str) and
/// strum's `VariantNames` all give the alpha-2 code. [`ALL`](Self::ALL), [`COUNT`](Self::COUNT)
/// and [`iter`](Self::iter) list the entries, as strum's `VariantArray`, `EnumCount` and
/// `IntoEnumIterator` do, so that code generic over [`CodeEnum`](crate::CodeEnum) or over
/// strum's traits takes a `Country`.
///
/// ```
/// use eu_celac_drugs::{Bloc, Country};
///
/// let ar: Country = "AR".parse()?;
/// assert_eq!(ar, Country::AR);
/// assert_eq!("ARG".parse::<Country>()?, ar);
/// assert_eq!("032".parse::<Country>()?, ar);
/// assert_eq!(ar.to_string(), "AR");
/// assert_eq!(ar.numeric(), 32);
/// assert!(ar.is_member(Bloc::Celac));
///
/// assert_eq!(Country::BO.name_en(), "Bolivia, Plurinational State of");
/// assert_eq!(Country::BO.common_name(), "Bolivia");
/// assert_eq!(Country::CI.name_es(), Some("Costa de Marfíl"));
/// assert_eq!(Country::VG.sovereign(), Some(Country::GB));
/// assert!(Country::VG.is_territory());
/// assert!("ar".parse::<Country>().is_err());
/// # Ok::<(), eu_celac_drugs::model::country::ParseCountryError>(())
/// ```'''


def fail(msg: str) -> None:
    print(f"gen_iso.py: {msg}", file=sys.stderr)
    sys.exit(2)


def load_json(path: Path, key: str) -> list[dict]:
    if not path.is_file():
        fail(
            f"{path} is missing: install Debian's iso-codes package "
            "(.ci/install-iso-codes.sh, or `apt-get install iso-codes`)"
        )
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    if key not in data:
        fail(f"{path}: no top-level key {key!r}")
    return data[key]


def read_mo(path: Path) -> dict[str, str]:
    """Reads a GNU gettext .mo catalogue (translated entries only; the header is skipped)."""
    if not path.is_file():
        fail(f"{path} is missing: the Spanish catalogue of iso-codes is needed")
    data = path.read_bytes()
    if len(data) < 20:
        fail(f"{path}: too short for a .mo file")
    magic = struct.unpack("<I", data[:4])[0]
    if magic == 0x950412DE:
        order = "<"
    elif magic == 0xDE120495:
        order = ">"
    else:
        fail(f"{path}: not a .mo file (magic {magic:#x})")
    _revision, count, orig_off, trans_off = struct.unpack(order + "4I", data[4:20])
    catalogue = {}
    for i in range(count):
        olen, opos = struct.unpack(order + "2I", data[orig_off + 8 * i : orig_off + 8 * i + 8])
        tlen, tpos = struct.unpack(order + "2I", data[trans_off + 8 * i : trans_off + 8 * i + 8])
        msgid = data[opos : opos + olen].decode("utf-8")
        msgstr = data[tpos : tpos + tlen].decode("utf-8")
        if msgid and msgstr:
            catalogue[msgid] = msgstr
    return catalogue


def rs_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rs_opt(s: str | None) -> str:
    return "None" if s is None else f"Some({rs_str(s)})"


def country_table(entries: list[dict], spanish: dict[str, str]) -> str:
    if len(entries) != EXPECTED_COUNTRIES:
        fail(f"iso_3166-1.json has {len(entries)} entries, expected {EXPECTED_COUNTRIES}")
    entries = sorted(entries, key=lambda e: e["alpha_2"])
    codes = {e["alpha_2"] for e in entries}
    for field in ("alpha_2", "alpha_3", "numeric"):
        values = [e[field] for e in entries]
        if len(set(values)) != len(values):
            fail(f"iso_3166-1.json: duplicate {field}")
    for e in entries:
        a2, a3, num = e["alpha_2"], e["alpha_3"], e["numeric"]
        if not (len(a2) == 2 and a2.isascii() and a2.isupper()):
            fail(f"bad alpha-2 {a2!r}")
        if not (len(a3) == 3 and a3.isascii() and a3.isupper()):
            fail(f"bad alpha-3 {a3!r}")
        if not (len(num) == 3 and num.isdigit()):
            fail(f"bad numeric {num!r}")
    for code, sovereign in TERRITORIES.items():
        if code not in codes:
            fail(f"territory {code} is not in ISO 3166-1")
        if sovereign is not None and (sovereign not in codes or sovereign in TERRITORIES):
            fail(f"sovereign {sovereign} of {code} is not a sovereign ISO 3166-1 entry")
    if len(entries) - len(TERRITORIES) != EXPECTED_SOVEREIGN:
        fail(f"{len(entries) - len(TERRITORIES)} sovereign states, expected {EXPECTED_SOVEREIGN}")

    out = [
        "// @generated by tools/gen_iso.py from Debian's iso-codes (iso_3166-1.json and the Spanish",
        "// catalogue iso_3166-1.mo). Do not edit by hand: run `python3 tools/gen_iso.py`.",
        "",
        "//! The ISO 3166-1 table (generated).",
        "",
        "use super::Record;",
        "",
        COUNTRY_DOC,
        "#[derive(",
        "    Copy,",
        "    Clone,",
        "    Debug,",
        "    PartialEq,",
        "    Eq,",
        "    PartialOrd,",
        "    Ord,",
        "    Hash,",
        "    strum::Display,",
        "    strum::AsRefStr,",
        "    strum::IntoStaticStr,",
        "    strum::EnumIter,",
        "    strum::EnumCount,",
        "    strum::VariantArray,",
        "    strum::VariantNames,",
        ")]",
        "#[repr(u8)]",
        "pub enum Country {",
    ]
    for e in entries:
        out.append(f"    /// {e['name']} (`{e['alpha_3']}`, {e['numeric']}).")
        out.append(f"    {e['alpha_2']},")
    out += [
        "}",
        "",
        "impl Country {",
        "    /// Every country, in the order of the alpha-2 codes (the order of [`Ord`]; strum's",
        "    /// `VariantArray::VARIANTS`).",
        "    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;",
        "",
        "    /// The data of this entry.",
        "    pub(crate) const fn record(self) -> &'static Record {",
        "        match self {",
    ]
    for e in entries:
        a2 = e["alpha_2"]
        territory = a2 in TERRITORIES
        sovereign = TERRITORIES.get(a2)
        out += [
            f"            Self::{a2} => &Record {{",
            f"                alpha2: {rs_str(a2)},",
            f"                alpha3: {rs_str(e['alpha_3'])},",
            f"                numeric: {int(e['numeric'])},",
            f"                name_en: {rs_str(e['name'])},",
            f"                common_name: {rs_opt(e.get('common_name'))},",
            f"                official_name: {rs_opt(e.get('official_name'))},",
            f"                name_es: {rs_opt(spanish.get(e['name']))},",
            f"                territory: {'true' if territory else 'false'},",
            f"                sovereign: {'None' if sovereign is None else f'Some(Self::{sovereign})'},",
            "            },",
        ]
    out += [
        "        }",
        "    }",
        "",
        "    /// The country with this alpha-2 code (upper case), if any.",
        "    #[must_use]",
        "    pub const fn from_alpha2(code: &str) -> Option<Self> {",
        "        match code.as_bytes() {",
    ]
    for e in entries:
        out.append(f'            b"{e["alpha_2"]}" => Some(Self::{e["alpha_2"]}),')
    out += [
        "            _ => None,",
        "        }",
        "    }",
        "",
        "    /// The country with this alpha-3 code (upper case), if any.",
        "    #[must_use]",
        "    pub const fn from_alpha3(code: &str) -> Option<Self> {",
        "        match code.as_bytes() {",
    ]
    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        out.append(f'            b"{e["alpha_3"]}" => Some(Self::{e["alpha_2"]}),')
    out += [
        "            _ => None,",
        "        }",
        "    }",
        "",
        "    /// The country with this numeric code, if any.",
        "    #[must_use]",
        "    pub const fn from_numeric(code: u16) -> Option<Self> {",
        "        match code {",
    ]
    for e in sorted(entries, key=lambda e: int(e["numeric"])):
        out.append(f"            {int(e['numeric'])} => Some(Self::{e['alpha_2']}),")
    out += [
        "            _ => None,",
        "        }",
        "    }",
        "",
        "    /// How many entries ISO 3166-1 has (the length of [`ALL`](Self::ALL)).",
        "    pub const COUNT: usize = Self::ALL.len();",
        "",
        "    /// Every country, in the order of the alpha-2 codes (the values of [`ALL`](Self::ALL)).",
        "    pub fn iter() -> std::iter::Copied<std::slice::Iter<'static, Self>> {",
        "        Self::ALL.iter().copied()",
        "    }",
        "}",
        "",
        "/// The alpha-2 code is the value's code.",
        "impl crate::model::record::CodeEnum for Country {",
        "    const ALL: &'static [Self] = Country::ALL;",
        "",
        "    fn as_str(self) -> &'static str {",
        "        self.alpha2()",
        "    }",
        "}",
        "",
    ]
    return "\n".join(out)


def currency_table(entries: list[dict]) -> str:
    entries = sorted(entries, key=lambda e: e["alpha_3"])
    codes = [e["alpha_3"] for e in entries]
    if len(set(codes)) != len(codes):
        fail("iso_4217.json: duplicate code")
    for e in entries:
        a3 = e["alpha_3"]
        if not (len(a3) == 3 and a3.isascii() and a3.isupper()):
            fail(f"bad currency code {a3!r}")
        if not (len(e["numeric"]) == 3 and e["numeric"].isdigit()):
            fail(f"bad currency numeric {e['numeric']!r}")
    for needed in ("EUR", "USD"):
        if needed not in codes:
            fail(f"iso_4217.json lacks {needed}")
    out = [
        "// @generated by tools/gen_iso.py from Debian's iso-codes (iso_4217.json).",
        "// Do not edit by hand: run `python3 tools/gen_iso.py`.",
        "",
        "//! The ISO 4217 table (generated).",
        "",
        "use super::{Currency, Record};",
        "",
        "impl Currency {",
    ]
    for e in entries:
        out += [
            f"    /// {e['name']} (`{e['alpha_3']}`, {e['numeric']}).",
            f"    pub const {e['alpha_3']}: Self = Self(&Record {{",
            f"        code: {rs_str(e['alpha_3'])},",
            f"        name: {rs_str(e['name'])},",
            f"        numeric: {int(e['numeric'])},",
            "    });",
        ]
    out += [
        "",
        "    /// Every active ISO 4217 currency, in the order of the codes (`Currency::ALL` is the lek).",
        "    #[rustfmt::skip]",
        "    pub(super) const TABLE: &'static [Self] = &[",
    ]
    line = "       "
    for e in entries:
        item = f" Self::{e['alpha_3']},"
        if len(line) + len(item) > 100:
            out.append(line)
            line = "       "
        line += item
    out.append(line)
    out += ["    ];", "}", ""]
    return "\n".join(out)


def generate(json_dir: Path, locale_dir: Path) -> dict[Path, str]:
    countries = load_json(json_dir / "iso_3166-1.json", "3166-1")
    currencies = load_json(json_dir / "iso_4217.json", "4217")
    spanish = read_mo(locale_dir / "es" / "LC_MESSAGES" / "iso_3166-1.mo")
    return {
        COUNTRY_OUT: country_table(countries, spanish),
        CURRENCY_OUT: currency_table(currencies),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail (exit 1) if the tables drift")
    parser.add_argument("--json-dir", type=Path, default=DEFAULT_JSON_DIR)
    parser.add_argument("--locale-dir", type=Path, default=DEFAULT_LOCALE_DIR)
    parser.add_argument("--root", type=Path, default=ROOT, help="crate root (default: ..)")
    args = parser.parse_args()

    outputs = generate(args.json_dir, args.locale_dir)
    drifted = []
    for rel, text in outputs.items():
        path = args.root / rel
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        if args.check:
            drifted.append(rel)
            if current is None:
                print(f"{rel}: missing", file=sys.stderr)
                continue
            old, new = current.splitlines(), text.splitlines()
            for n, (a, b) in enumerate(zip(old, new), start=1):
                if a != b:
                    print(f"{rel}:{n}: checked in: {a!r}", file=sys.stderr)
                    print(f"{rel}:{n}: generated:  {b!r}", file=sys.stderr)
                    break
            else:
                print(f"{rel}: {len(old)} lines checked in, {len(new)} generated", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {rel}")
    if drifted:
        print(
            "generated ISO tables drifted from iso-codes; run `python3 tools/gen_iso.py` and review",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
