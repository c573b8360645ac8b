#!/usr/bin/env python3
"""Derives reference/officials.tsv (bundled in the jar) from shared/reference/wikidata-officials/officials.tsv.

Usage: python3 derive-officials.py SOURCE_TSV STATES_TSV > officials.tsv

One row per person: Wikidata QID, name, the ISO codes of the states they served, and their office
terms. Terms that ended before 1990 are dropped (diplomatic news of the period the tool is for does
not name them); a person left with no term is dropped. Standard library only.
"""
import csv
import hashlib
import sys
from collections import OrderedDict

MIN_YEAR = 1990


def year(d):
    return int(d[:4]) if len(d) >= 4 and d[:4].isdigit() else None


def state_of_label(label, iso_of_label):
    """A country item that is not the state's own (Wikidata's "Netherlands" Q55 beside the Kingdom,
    Q29999; a former regime such as "Islamic Republic of Afghanistan") read by its label: a name,
    official name or alias of the state, or such a name after a final "of"."""
    label = " ".join(label.split()).lower()
    if label in iso_of_label:
        return iso_of_label[label]
    if " of " in label:
        return iso_of_label.get(label.rsplit(" of ", 1)[1], "")
    return ""


def main(source, states):
    iso_of = {}
    with open(states, encoding="utf-8") as f:
        rows = [l for l in f if not l.startswith("#")]
    iso_of_label = {}
    for r in csv.DictReader(rows, delimiter="\t"):
        if r["qid"] and r["iso2"]:
            iso_of[r["qid"]] = r["iso2"]
        for label in [r["name"], r["official_name"]] + r["aliases"].split("|"):
            if label:
                iso_of_label.setdefault(label.lower(), r["iso2"])
    with open(source, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    persons = OrderedDict()
    with open(source, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            end = year(r["end"])
            if end is not None and end < MIN_YEAR:
                continue
            name = " ".join(r["name"].split())
            if not name or name.startswith("Q") and name[1:].isdigit():
                continue
            p = persons.setdefault(r["person_qid"], {"name": name, "states": [], "terms": []})
            iso = iso_of.get(r["country_qid"]) or state_of_label(r["country"], iso_of_label)
            if iso and iso not in p["states"]:
                p["states"].append(iso)
            term = (" ".join(r["position"].split()).replace(";", ",").replace("|", "/"), iso, r["start"], r["end"])
            if term not in p["terms"]:
                p["terms"].append(term)
    out = sys.stdout
    out.write("# officials.tsv — officials diplograph finds by name in text, with their offices and terms\n")
    out.write("# version: 2\n")
    out.write("# source: Wikidata (CC0 1.0), as extracted in shared/reference/wikidata-officials/officials.tsv\n")
    out.write("#   (query results committed by the every-politician-scrapers repositories; see its SOURCES.md);\n")
    out.write(f"#   sha256 of the input: {digest}\n")
    out.write("# derived: by derive-officials.py (python3, standard library); do not edit by hand. Terms that\n")
    out.write(f"#   ended before {MIN_YEAR} are left out, and persons with no term left. A country item that is\n")
    out.write("#   not the state's own (Netherlands Q55, Islamic Republic of Afghanistan) is read by its label.\n")
    out.write("# columns:\n")
    out.write("#   qid     Wikidata item of the person\n")
    out.write("#   name    the Wikidata label\n")
    out.write("#   states  ISO 3166-1 alpha-2 codes of the states whose offices they held (| separated)\n")
    out.write("#   terms   office;ISO;start;end for each term (| separated; dates as Wikidata gives them)\n")
    out.write("qid\tname\tstates\tterms\n")
    for qid, p in sorted(persons.items(), key=lambda kv: int(kv[0][1:])):
        terms = "|".join(";".join(t) for t in p["terms"])
        out.write(f"{qid}\t{p['name']}\t{'|'.join(p['states'])}\t{terms}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
