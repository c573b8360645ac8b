#!/usr/bin/env python3
"""Derives common-words.tsv from the UD English Web Treebank.

Usage: derive-common-words.py TREEBANK_DIR > common-words.tsv
(TREEBANK_DIR: the unpacked ud-english-ewt/ of ../shared/treebanks, with its three .conllu files.)

A word is listed when the treebank writes it, letters only and two letters or more, in lowercase (or,
three or four letters, all in capitals: "CEO") with a tag other than PROPN more often than it writes it capitalised as PROPN.
"""
import collections
import glob
import sys

HEADER = """# common-words.tsv — version 2
# Ordinary English words: the lowercase forms that the Universal Dependencies English Web Treebank
# (release 2025-05, ../shared/treebanks/ud-english-ewt, train + dev + test, 254,818 tokens) writes in
# lowercase (or, three or four letters, all in capitals: "CEO") with a tag other than PROPN more often
# than it writes them capitalised as PROPN, letters only, two letters or more. Capitalised words read
# as a person's name with no title and no reference entry to confirm it ("Human Rights Watch said",
# "Vox Media said", "Administrator Jim Bridenstine said", "company CEO Andy Vesey said") are a body or
# a title when their first word is one of these and no official's given name, or when their last word
# is one and the first is no given name.
# Version 2 adds the words of three or four capitals ("CEO", "GDP").
# Source: derived from UD English EWT by derive-common-words.py. Licence: CC BY-SA 4.0 (the treebank's;
# see ../shared/treebanks/README.md and https://github.com/UniversalDependencies/UD_English-EWT).
word"""


def main(directory):
    lower = collections.Counter()
    proper = collections.Counter()
    for path in sorted(glob.glob(directory + "/*.conllu")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multiword tokens and empty nodes
                form, upos = cols[1], cols[3]
                if not form.isalpha():
                    continue
                if (form.islower() or form.isupper() and 3 <= len(form) <= 4) and upos != "PROPN":
                    lower[form.lower()] += 1
                if form[0].isupper() and upos == "PROPN":
                    proper[form.lower()] += 1
    print(HEADER)
    for word in sorted(w for w, n in lower.items() if n > proper[w] and len(w) > 1):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1])
