#!/usr/bin/env python3
"""Derive states.tsv from the rigour territory files and states-supplement.tsv.

Usage:
    python3 derive-states.py [--territories DIR] [--supplement FILE] [--out FILE] [--check]

--territories  folder of rigour territory YAML files (default: shared/reference/rigour-territories,
               found from this script's place in the repository, or $RIGOUR_TERRITORIES)
--supplement   hand-written supplement (default: states-supplement.tsv next to this script)
--out          output file (default: states.tsv next to this script)
--check        do not write; exit 1 if the output file differs from what would be written

Standard library only. The YAML files are read with a small parser for the subset of YAML they use
(top-level "key: value" pairs, "- item" lists, folded ">-" blocks, "#" comments). If PyYAML happens
to be installed, every field used is cross-checked against it, and any disagreement is an error.

The output is deterministic: no dates, no machine-dependent content; rows are sorted by iso2, and
entities without an ISO code come last, sorted by name.
"""

import argparse
import hashlib
import os
import re
import sys

VERSION = "1"

COLUMNS = ["iso2", "iso3", "qid", "name", "official_name", "in_sentence", "status",
           "aliases", "demonyms", "adjectives", "capital", "capital_qid"]

SUPPLEMENT_COLUMNS = ["iso2", "rigour_id", "status", "name", "official_name", "in_sentence", "qid",
                      "aliases", "demonyms", "adjectives", "capital", "capital_qid"]

STATUSES = ("un_member", "un_observer", "partially_recognised")
EXPECTED = {"un_member": 193, "un_observer": 2}

QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TERRITORIES = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "reference", "rigour-territories"))

HEADER = """\
# states.tsv — states for diplograph: UN members, UN observer states, partially recognised states
# version: {version}
# source: OpenSanctions rigour library, territory data (one YAML file per territory), MIT licence,
#   Copyright (c) 2023-2025 OpenSanctions Datenbanken GmbH (licence text: rigour-LICENSE.txt);
#   snapshot read from shared/reference/rigour-territories; sha256 of the {nfiles} files used: {digest}
#   Hand-written additions (states-supplement.tsv, written for diplograph): UN status, English aliases,
#   demonyms, adjectives, capitals, and a few name overrides.
# derived: by derive-states.py (python3, standard library) from the two inputs above; do not edit by
#   hand: edit states-supplement.tsv and run the script again. Sorted by iso2; entities without an
#   ISO code last, by name. Multi-valued cells are separated by | with no spaces; an empty cell means
#   unknown (or, for iso2/iso3, that no ISO code exists).
# columns:
#   iso2          ISO 3166-1 alpha-2 code, upper case (XK = Kosovo, user-assigned); from the file name
#   iso3          ISO 3166-1 alpha-3 code, upper case (XKX = Kosovo); from `alpha3`
#   qid           Wikidata item of the state; from `qid` (supplement may pick one of `other_qids`)
#   name          short English name as used in news; from `name` unless overridden
#   official_name official (long) English name; from `full_name` unless overridden
#   in_sentence   the name as written in running text, with its article ("the United States");
#                 from `in_sentence`, else the supplement, else the name
#   status        un_member | un_observer | partially_recognised
#   aliases       other English names used in running text (not repeating name, official_name,
#                 in_sentence); English only
#   demonyms      English nouns for the people ("Iranian|Iranians")
#   adjectives    English adjectives ("the Iranian president"): "Iranian", "Kazakh|Kazakhstani"
#   capital       English name of the capital; several values: first the constitutional or proclaimed
#                 capital, then other seats of government
#   capital_qid   Wikidata item of the capital, only where the source data or the project's checked
#                 list (shared/spec/ONTOLOGY-NOTES.md) gives it; empty otherwise, never guessed
"""


# ---------------------------------------------------------------------------------------------------
# YAML subset


def _strip_comment(value):
    """Remove an inline comment ("value  # note"); a # not preceded by whitespace is kept."""
    return re.sub(r"\s+#.*$", "", value).strip()


def _scalar(value):
    value = _strip_comment(value)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner
    if value == "[]":
        return []
    if value in ("true", "True"):
        return True
    if value in ("false", "False"):
        return False
    return value


def parse_yaml_subset(text, path):
    """Parse the YAML subset of the rigour territory files into a dict of top-level keys."""
    data = {}
    key = None
    mode = None  # None, "pending" (key with no value yet), "list", "block", "plain"
    block = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if mode in ("block", "plain"):
            if not stripped or raw[:1] in (" ", "\t"):
                block.append(stripped)
                continue
            data[key] = " ".join(part for part in block if part)
            mode = None
        if not stripped or stripped.startswith("#"):
            continue
        if raw[:1] not in (" ", "\t"):
            m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*):(?:\s+(.*))?$", raw)
            if not m:
                raise ValueError("%s:%d: cannot parse top-level line %r" % (path, lineno, raw))
            key, value = m.group(1), (m.group(2) or "").strip()
            if key in data:
                raise ValueError("%s:%d: duplicate key %r" % (path, lineno, key))
            if value == "" or _strip_comment(value) == "":
                data[key] = []
                mode = "pending"
            elif value[:1] in (">", "|"):
                block = []
                mode = "block"
            else:
                data[key] = _scalar(value)
                mode = None
            continue
        m = re.match(r"^\s+-(?:\s+(.*))?$", raw)
        if mode in ("pending", "list") and m:
            data[key].append(_scalar(m.group(1) or ""))
            mode = "list"
            continue
        if mode == "pending":
            # a plain scalar continued on the following, indented lines ("key:\n  value")
            block = [_strip_comment(stripped)]
            mode = "plain"
            continue
        raise ValueError("%s:%d: unexpected line %r" % (path, lineno, raw))
    if mode in ("block", "plain"):
        data[key] = " ".join(part for part in block if part)
    return data


USED_FIELDS = ("name", "full_name", "in_sentence", "alpha3", "qid", "other_qids", "is_country")


def _cross_check_with_pyyaml(data, text, path):
    try:
        import yaml  # noqa: F401 (optional)
    except ImportError:
        return False
    ref = yaml.safe_load(text)
    for field in USED_FIELDS:
        mine, theirs = data.get(field), ref.get(field)
        if field == "other_qids":
            mine, theirs = list(mine or []), list(theirs or [])
        if mine != theirs:
            raise ValueError("%s: field %r parsed as %r, PyYAML says %r" % (path, field, mine, theirs))
    return True


def load_territory(territories, rigour_id):
    path = os.path.join(territories, rigour_id + ".yml")
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    data = parse_yaml_subset(text, path)
    checked = _cross_check_with_pyyaml(data, text, path)
    return data, raw, checked


# ---------------------------------------------------------------------------------------------------
# TSV helpers


def read_tsv(path, expected_columns):
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != expected_columns:
                    raise ValueError("%s:%d: header %r, expected %r" % (path, lineno, header, expected_columns))
                continue
            if len(cells) != len(header):
                raise ValueError("%s:%d: %d cells, expected %d" % (path, lineno, len(cells), len(header)))
            rows.append(dict(zip(header, (c.strip() for c in cells))))
    return rows


def split_multi(cell):
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


def join_multi(values, exclude=()):
    seen = set(exclude)
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return "|".join(out)


def clean(value):
    value = "" if value is None else str(value)
    if any(ch in value for ch in "\t\r\n"):
        raise ValueError("tab or newline in value %r" % value)
    return value.strip()


# ---------------------------------------------------------------------------------------------------


def derive(territories, supplement_path):
    supplement = read_tsv(supplement_path, SUPPLEMENT_COLUMNS)
    errors = []
    out = []
    digest = hashlib.sha256()
    pyyaml_checked = 0
    seen_ids = set()
    for s in sorted(supplement, key=lambda r: r["rigour_id"]):
        rid = s["rigour_id"]
        if rid in seen_ids:
            errors.append("supplement: duplicate rigour_id %s" % rid)
            continue
        seen_ids.add(rid)
        try:
            y, raw, checked = load_territory(territories, rid)
        except (OSError, ValueError) as e:
            errors.append(str(e))
            continue
        pyyaml_checked += checked
        digest.update(rid.encode("utf-8") + b"\0" + raw + b"\0")

        iso2 = s["iso2"]
        if iso2 and iso2 != rid.upper():
            errors.append("%s: supplement iso2 %s does not match the file name" % (rid, iso2))
        if not iso2 and re.match(r"^[a-z]{2}$", rid):
            errors.append("%s: iso2 missing for a two-letter file" % rid)
        if s["status"] not in STATUSES:
            errors.append("%s: bad status %r" % (rid, s["status"]))

        qid = y.get("qid") or ""
        if s["qid"]:
            allowed = [qid] + list(y.get("other_qids") or [])
            if s["qid"] not in allowed:
                errors.append("%s: qid override %s is not among the YAML qids %s" % (rid, s["qid"], allowed))
            qid = s["qid"]
        iso3 = (y.get("alpha3") or "").upper() if iso2 else ""
        name = s["name"] or y.get("name") or ""
        official = s["official_name"] or y.get("full_name") or ""
        in_sentence = s["in_sentence"] or y.get("in_sentence") or name
        row = {
            "iso2": iso2,
            "iso3": iso3,
            "qid": qid,
            "name": name,
            "official_name": official,
            "in_sentence": in_sentence,
            "status": s["status"],
            "aliases": join_multi(split_multi(s["aliases"]), exclude=(name, official, in_sentence)),
            "demonyms": join_multi(split_multi(s["demonyms"])),
            "adjectives": join_multi(split_multi(s["adjectives"])),
            "capital": join_multi(split_multi(s["capital"])),
            "capital_qid": s["capital_qid"],
        }
        try:
            row = {k: clean(v) for k, v in row.items()}
        except ValueError as e:
            errors.append("%s: %s" % (rid, e))
            continue
        out.append(row)

    out.sort(key=lambda r: (r["iso2"] == "", r["iso2"], r["name"]))
    errors.extend(validate(out))
    return out, errors, digest.hexdigest(), len(seen_ids), pyyaml_checked


def validate(rows):
    errors = []
    for col in ("iso2", "iso3", "qid"):
        values = [r[col] for r in rows if r[col]]
        dups = sorted({v for v in values if values.count(v) > 1})
        if dups:
            errors.append("duplicate %s: %s" % (col, ", ".join(dups)))
    for r in rows:
        label = r["iso2"] or r["name"]
        if not QID_RE.match(r["qid"]):
            errors.append("%s: bad qid %r" % (label, r["qid"]))
        if r["capital_qid"] and not all(QID_RE.match(q) for q in split_multi(r["capital_qid"])):
            errors.append("%s: bad capital_qid %r" % (label, r["capital_qid"]))
        if r["iso2"] and not ISO2_RE.match(r["iso2"]):
            errors.append("%s: bad iso2" % label)
        if r["iso3"] and not ISO3_RE.match(r["iso3"]):
            errors.append("%s: bad iso3 %r" % (label, r["iso3"]))
        if r["status"] in ("un_member", "un_observer") and not (r["iso2"] and r["iso3"]):
            errors.append("%s: UN member or observer without ISO codes" % label)
        for col in ("name", "official_name", "in_sentence"):
            if not r[col]:
                errors.append("%s: empty %s" % (label, col))
    for status, n in EXPECTED.items():
        got = sum(1 for r in rows if r["status"] == status)
        if got != n:
            errors.append("%d rows with status %s, expected %d" % (got, status, n))
    return errors


def render(rows, digest, nfiles):
    lines = [HEADER.format(version=VERSION, digest=digest, nfiles=nfiles).rstrip("\n")]
    lines.append("\t".join(COLUMNS))
    for r in rows:
        lines.append("\t".join(r[c] for c in COLUMNS))
    return "\n".join(lines) + "\n"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--territories", default=os.environ.get("RIGOUR_TERRITORIES", DEFAULT_TERRITORIES))
    p.add_argument("--supplement", default=os.path.join(HERE, "states-supplement.tsv"))
    p.add_argument("--out", default=os.path.join(HERE, "states.tsv"))
    p.add_argument("--check", action="store_true")
    args = p.parse_args(argv)

    rows, errors, digest, nfiles, pyyaml_checked = derive(args.territories, args.supplement)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        return 2
    text = render(rows, digest, nfiles)
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in STATUSES}
    summary = "%d rows (%s); YAML cross-checked with PyYAML: %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in counts.items()),
        "%d files" % pyyaml_checked if pyyaml_checked else "no (PyYAML not installed)")
    return check_or_write(args.out, text, args.check, "derive-states.py", summary)


def check_or_write(out, text, check, script, summary):
    """With check, exit status 1 when out differs from text; else write text to out. Returns the status."""
    if check:
        try:
            with open(out, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print("%s is out of date; run %s" % (out, script), file=sys.stderr)
            return 1
        print("up to date: " + summary, file=sys.stderr)
        return 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s: %s" % (out, summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
