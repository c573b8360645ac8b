#!/usr/bin/env python3
"""Derive regions.tsv: the regions and dependent territories of states, from the rigour territory files.

Usage:
    python3 derive-regions.py [--territories DIR] [--states FILE] [--out FILE] [--check]

--territories  folder of rigour territory YAML files (default: shared/reference/rigour-territories,
               found from this script's place in the repository, or $RIGOUR_TERRITORIES)
--states       states.tsv (default: next to this script), whose states are the parents kept and
               whose names a region may not take
--supplement   hand-written regions rigour lacks (default: regions-supplement.tsv next to this script)
--out          output file (default: regions.tsv next to this script)
--check        do not write; exit 1 if the output file differs from what would be written

A region is a territory file with a `parent` that is a state of states.tsv and that is not itself
one. Its names: `in_sentence` (else `name`), `name`, and the `names_strong` written in plain Latin
letters. A name is left out when it is a state's name, alias, demonym or adjective ("Georgia" the
US state), or when two parents share it ("Punjab"). Standard library only (the YAML reader of
derive-states.py). Deterministic: rows sorted by name.
"""

import argparse
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

_spec = importlib.util.spec_from_file_location(
    "derive_states", os.path.join(os.path.dirname(os.path.abspath(__file__)), "derive-states.py"))
derive_states = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(derive_states)

VERSION = "1"
HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["name", "aliases", "state"]
# Names rigour gives one parent that are as much another state's: Punjab is also a province of
# Pakistan, which rigour's files lack. Hand-written; left out.
AMBIGUOUS = {"punjab"}
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")

HEADER = """# regions.tsv — regions and dependent territories of states, for diplograph
# version: {version}
# source: OpenSanctions rigour library, territory data (one YAML file per territory), MIT licence,
#   Copyright (c) 2023-2025 OpenSanctions Datenbanken GmbH (licence text: rigour-LICENSE.txt);
#   snapshot read from shared/reference/rigour-territories; sha256 of the {nfiles} files used: {digest}
#   Hand-written additions (regions-supplement.tsv, written for diplograph): regions rigour lacks.
# derived: by derive-regions.py (python3, standard library) from the files above and states.tsv; do
#   not edit by hand. A region is a territory whose `parent` is a state of states.tsv; names that are a
#   state's own, that two parents share, or that another state's region bears which rigour lacks
#   (Punjab) are left out. Rows sorted by name.
# use: a stance's concern about a situation "in Xinjiang", "in Hong Kong", "in Crimea" concerns the
#   state the region belongs to, as rigour records it.
# columns:
#   name     the region's name as written in running text (rigour's in_sentence, else name)
#   aliases  its other names in plain Latin letters (rigour's name and names_strong), | separated
#   state    ISO 3166-1 alpha-2 code of the state it belongs to (states.tsv)
"""


def state_names(states_path):
    codes, names = set(), set()
    with open(states_path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        if row.get("iso2"):
            codes.add(row["iso2"])
        for col in ("name", "official_name", "in_sentence", "aliases", "demonyms", "adjectives"):
            for v in (row.get(col) or "").split("|"):
                v = re.sub(r"^the ", "", v.strip())
                if v:
                    names.add(v.lower())
    return codes, names


def read_supplement(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#") and l.strip()]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        rows.append(([row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a], row["state"]))
    return rows


def derive(territories, states_path, supplement_path):
    codes, taken = state_names(states_path)
    digest = hashlib.sha256()
    nfiles = 0
    by_name = {}
    regions = []
    skipped = []
    for fname in sorted(os.listdir(territories)):
        if not fname.endswith(".yml"):
            continue
        rid = fname[:-4]
        try:
            data, raw, _ = derive_states.load_territory(territories, rid)
        except ValueError as e:
            # A file beyond the YAML subset derive-states.py reads (a multi-line plain scalar): left out.
            skipped.append(rid)
            continue
        parent = (data.get("parent") or "").upper()
        if not parent or parent not in codes or (len(rid) == 2 and rid.upper() in codes):
            continue
        nfiles += 1
        digest.update(raw)
        first = data.get("in_sentence") or data.get("name")
        names = [first, data.get("name")] + list(data.get("names_strong") or [])
        kept = []
        for n in names:
            n = (n or "").strip()
            if n and LATIN.match(n) and len(n) >= 4 and n.lower() not in taken and n.lower() not in AMBIGUOUS \
                    and n not in kept:
                kept.append(n)
        for n in kept:
            by_name.setdefault(n.lower(), set()).add(parent)
        regions.append((kept, parent))
    for names, parent in read_supplement(supplement_path):
        if parent not in codes:
            raise SystemExit("regions-supplement.tsv: %s belongs to %s, which states.tsv does not list" % (names[0], parent))
        for n in names:
            by_name.setdefault(n.lower(), set()).add(parent)
        regions.append((names, parent))
    rows = []
    for kept, parent in regions:
        names = [n for n in kept if by_name[n.lower()] == {parent}]
        if names:
            rows.append({"name": names[0], "aliases": "|".join(names[1:]), "state": parent})
    rows.sort(key=lambda r: (r["name"].lower(), r["state"]))
    return rows, digest.hexdigest(), nfiles, skipped


def render(rows, digest, nfiles, skipped):
    lines = [HEADER.format(version=VERSION, digest=digest, nfiles=nfiles).rstrip("\n")]
    if skipped:
        lines.append("# not read (beyond the YAML subset the script reads): " + ", ".join(skipped))
    lines.append("\t".join(COLUMNS))
    lines += ["\t".join(r[c] for c in COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--territories", default=os.environ.get("RIGOUR_TERRITORIES", derive_states.DEFAULT_TERRITORIES))
    p.add_argument("--states", default=os.path.join(HERE, "states.tsv"))
    p.add_argument("--supplement", default=os.path.join(HERE, "regions-supplement.tsv"))
    p.add_argument("--out", default=os.path.join(HERE, "regions.tsv"))
    p.add_argument("--check", action="store_true")
    args = p.parse_args(argv)
    rows, digest, nfiles, skipped = derive(args.territories, args.states, args.supplement)
    text = render(rows, digest, nfiles, skipped)
    return derive_states.check_or_write(args.out, text, args.check, "derive-regions.py",
                                        "%d regions from %d files" % (len(rows), nfiles))


if __name__ == "__main__":
    sys.exit(main())
