#!/usr/bin/env python3
"""Build ``quizgen/data/lexicon.tsv.gz`` from the WordNet 3.0 database files.

quizgen needs word definitions offline, and the app installs with ``pip``
only, so the lexicon is derived once from Princeton WordNet 3.0 and committed
(WordNet's licence permits redistribution with its notice, which is in
``quizgen/data/WORDNET-LICENSE``).

Getting the source files (Debian's ``wordnet-base`` is WordNet 3.0)::

    apt-get download wordnet-base
    dpkg-deb -x wordnet-base_*.deb /tmp/wnb
    python scripts/build_lexicon.py /tmp/wnb/usr/share/wordnet

Output format, one line per (lemma, part of speech), senses in WordNet's
order (most frequent first)::

    lemma <TAB> pos <TAB> tagged-sense count <TAB> gloss 1 <TAB> gloss 2 ...

The tagged-sense count (how often the word was seen with this part of speech
in WordNet's sense-tagged corpus) tells a rare use of a common word, such as
the adjective "minute", from its usual one.

Beside it, ``lexicon_senses.tsv.gz`` describes the same senses in the same
order, one field per sense::

    lemma <TAB> pos <TAB> <lexname number>[t[p]]:<tagged count>:<synset id>:<hypernym ids> ...

The lexicographer file number (``noun.communication`` = 10 …, see
``LEXNAMES`` in :mod:`quizgen.lexicons.vocabulary_senses`) is the sense's semantic field;
``t`` marks a verb sense with a frame taking a direct object, ``p`` one whose
objects are only people ("kill as a means of … punishment"); the count is how
often that one sense was tagged (a dominant first sense has most of them);
the synset id and its hypernyms' ids (base 36, "," between several, numbered
in order of first use) tell a synonym, a parent or a sibling sense.

``pos`` is a spaCy coarse tag (NOUN, VERB, ADJ, ADV).  Glosses drop the
quoted usage examples.  To keep the file small, only single-word lemmas
(letters, optionally hyphenated) that appear in the wordfreq English list are
kept, with at most ``--max-senses`` senses each.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

POS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV"}
_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)?$")


#: Verb frames with a direct object ("Somebody ----s something" …), WordNet's numbering.
TRANSITIVE_FRAMES = {5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31}
#: Of those, the frames whose object is a person ("Somebody ----s somebody" …).
PERSON_OBJECT_FRAMES = {9, 10, 17, 18, 20, 24, 25, 30}


def _glosses(data_file: Path) -> dict[str, tuple[str, set[str], str]]:
    """offset -> (gloss, lower-case words that are written lower-case in the
    synset, sense descriptor "<lexname number>[t]")."""
    out = {}
    with data_file.open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue  # licence header
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", w) for w in fields[4:4 + 2 * count:2]]
            common = {w for w in words if w == w.lower()}
            gloss = gloss.strip()
            # Drop usage examples: everything from the first '; "' or a leading '"'.
            gloss = re.split(r';\s*"|^"', gloss, maxsplit=1)[0].strip().rstrip(";").strip()
            frames = _frames(fields) & TRANSITIVE_FRAMES
            kind = str(int(fields[1])) + ("t" if frames else "") + \
                ("p" if frames and frames <= PERSON_OBJECT_FRAMES else "")
            out[fields[0]] = (gloss, common, kind, _hypernyms(fields))
    return out


def _hypernyms(fields: list[str]) -> tuple[str, ...]:
    """Offsets of the synset's hypernyms ("@" and "@i" pointers)."""
    at = 4 + 2 * int(fields[3], 16)
    count = int(fields[at])
    out = []
    for k in range(count):
        symbol, offset = fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]
        if symbol in ("@", "@i"):
            out.append(offset)
    return tuple(out)


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _frames(fields: list[str]) -> set[int]:
    """The frame numbers of a verb synset (empty for other parts of speech)."""
    if fields[2] != "v":
        return set()
    at = 4 + 2 * int(fields[3], 16)
    at += 1 + 4 * int(fields[at])  # pointers
    frames = int(fields[at]) if at < len(fields) else 0
    return {int(fields[at + 2 + 3 * k]) for k in range(frames) if at + 2 + 3 * k < len(fields)}


def _write(dest: Path, header: str, rows: list[str]) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    payload = (header + "\n".join(rows) + "\n").encode("utf-8")
    with dest.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0,
                                               filename="") as out:
        out.write(payload)  # mtime 0: the same source gives the same bytes


def build(src: Path, dest: Path, max_senses: int, min_zipf: float) -> int:
    from wordfreq import zipf_frequency

    # Sense-tagged counts per (lemma, pos) from cntlist.rev: "sense_key sense_number count"
    ss_type = {"1": "NOUN", "2": "VERB", "3": "ADJ", "4": "ADV", "5": "ADJ"}
    counts: dict[tuple[str, str], int] = {}
    sense_counts: dict[tuple[str, str, int], int] = {}
    with (src / "cntlist.rev").open(encoding="latin-1") as fh:
        for line in fh:
            key, number, count = line.split()
            lemma, _, rest = key.partition("%")
            k = (lemma.lower(), ss_type.get(rest[:1], ""))
            counts[k] = counts.get(k, 0) + int(count)
            sense_counts[(*k, int(number))] = sense_counts.get((*k, int(number)), 0) + int(count)
    rows, meta_rows = [], []
    ids: dict[str, str] = {}

    def short(pos_offset: str) -> str:
        return ids.setdefault(pos_offset, _base36(len(ids)))
    for name, tag in POS.items():
        glosses = _glosses(src / f"data.{name}")
        with (src / f"index.{name}").open(encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                parts = line.split()
                lemma = parts[0]
                if not _WORD.match(lemma) or zipf_frequency(lemma, "en") < min_zipf:
                    continue
                p_cnt = int(parts[3])
                synset_cnt = int(parts[2])
                tagged = counts.get((lemma, tag), 0)
                offsets = parts[4 + p_cnt + 2:][:synset_cnt]
                senses, described = [], []
                for number, off in enumerate(offsets, 1):
                    gloss, common, kind, hypers = glosses.get(off, ("", set(), "", ()))
                    gloss = gloss.replace("\t", " ")
                    # A sense where the word is a name ("Garrison", "Don") is
                    # not a vocabulary sense.
                    if lemma not in common or len(senses) >= max_senses:
                        continue
                    if gloss and gloss not in senses:
                        senses.append(gloss)
                        parents = ",".join(short(tag + h) for h in hypers)
                        described.append(f"{kind}:{sense_counts.get((lemma, tag, number), 0)}:"
                                         f"{short(tag + off)}:{parents}")
                if senses:
                    rows.append("\t".join([lemma, tag, str(tagged), *senses]))
                    meta_rows.append("\t".join([lemma, tag, *described]))
    header = ("# quizgen lexicon derived from WordNet 3.0 (c) 2006 Princeton University; "
              "see WORDNET-LICENSE. Built by scripts/build_lexicon.py\n")
    _write(dest, header, rows)
    _write(dest.with_name("lexicon_senses.tsv.gz"), header, meta_rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wordnet_dir", type=Path, help="directory with index.noun, data.noun, ...")
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parent.parent / "quizgen" / "data" / "lexicon.tsv.gz")
    ap.add_argument("--max-senses", type=int, default=6)
    ap.add_argument("--min-zipf", type=float, default=1.0)
    args = ap.parse_args(argv)
    n = build(args.wordnet_dir, args.out, args.max_senses, args.min_zipf)
    print(f"wrote {n} entries to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
