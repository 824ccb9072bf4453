#!/usr/bin/env python3
"""Compiles a gazetteer of places (cities, provinces, regions, islands) and the state each
lies in from WordNet 3.0 (Debian wordnet-base), at build time, so the repository carries
none of the data.

A place is a noun.location synset that is an instance of something (@i: "Beira" is an
instance of "city" and "port") and, through its part holonyms (#p: Beira is part of
Mozambique; Houston of Texas, Texas of the United States), lies in a state that
data/actors.tsv names. A state synset is one whose words are a state's or territory's name
there and which is not itself part of another such synset (the US state of Georgia is part
of the United States, so it is no state). Names kept: every word capitalised, not an actor
name (the dictionaries decide those), not a common word in lower case ("Reading", "Nice",
"Split"), not a person's name in WordNet ("Lincoln", "Churchill", "Roma"), not listed as
`not_place` in data/grammar.tsv (regions whose state is disputed: WordNet's answer would
take a side), not a short abbreviation, and naming places in one state only.

Places WordNet lacks (towns and regions of news from conflicts and disasters) come from
data/places.tsv (place <TAB> state id), a reviewed list of our own; the same filters apply,
and its answer wins over WordNet's.

usage: gen_place_table.py WORDNET_DIR ACTORS_TSV GRAMMAR_TSV PLACES_TSV OUT.cpp
"""
import os
import re
import sys


def synsets(path):
    """offset -> (words, pointers) of noun.location synsets (lexicographer file 15)."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.partition(" | ")[0].split()
            if fields[1] != "15":
                continue
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
            k = 4 + 2 * count
            pointers = [(fields[k + 1 + 4 * i], fields[k + 2 + 4 * i]) for i in range(int(fields[k]))]
            out[fields[0]] = (words, pointers)
    return out


def actor_names(path):
    """Lower-case name -> actor id for states and territories, and every actor name."""
    states, every = {}, set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for field in cols[3:]:
                key, _, values = field.partition("=")
                if key not in ("name", "adj", "metonym"):
                    continue
                for name in values.split("|"):
                    every.add(name.lower())
                    if key == "name" and cols[1] in ("state", "territory"):
                        states.setdefault(name.lower(), cols[0])
    return states, every


def common_words(wordnet_dir):
    """Words WordNet writes in lower case somewhere ("reading", "nice", "split"): English
    uses them as common words, so a capitalised one may only open a sentence."""
    words = set()
    for name in ("data.noun", "data.verb", "data.adj", "data.adv"):
        with open(os.path.join(wordnet_dir, name), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split(" ", 4 + 2 * 64)
                count = int(fields[3], 16)
                for i in range(count):
                    w = fields[4 + 2 * i].replace("_", " ")
                    w = re.sub(r"\(.*?\)", "", w)
                    if w == w.lower():
                        words.add(w)
    return words


def person_words(path):
    """Words of noun.person synsets (lexicographer file 18): "Lincoln", "Roma", "Kennedy"."""
    words = set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            fields = line.split(" ", 4 + 2 * 64)
            if line.startswith("  ") or fields[1] != "18":
                continue
            for i in range(int(fields[3], 16)):
                words.add(re.sub(r"\(.*?\)", "", fields[4 + 2 * i]).replace("_", " ").lower())
    return words


def not_places(grammar_tsv):
    """The `not_place` class of data/grammar.tsv, lower-cased."""
    out = set()
    with open(grammar_tsv, encoding="utf-8") as f:
        for line in f:
            cls, _, values = line.rstrip("\n").partition("\t")
            if cls == "not_place":
                out.update(v.strip().lower() for v in values.split("|") if v.strip())
    return out


def actor_ids(path):
    """Every actor id of data/actors.tsv."""
    with open(path, encoding="utf-8") as f:
        return {line.split("\t", 1)[0] for line in f if line.strip() and not line.startswith("#")}


def listed_places(path):
    """(place, state id) rows of data/places.tsv."""
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2 or not cols[0].strip():
                sys.exit(f"{path}:{number}: a place line is NAME<TAB>STATE")
            out.append((cols[0].strip(), cols[1].strip()))
    return out


def c_escape(data):
    """Bytes as the inside of a C++ string literal: UTF-8 bytes and controls as octal escapes
    (an octal escape takes at most three digits, so a following digit is safe)."""
    out = []
    for b in data:
        ch = chr(b)
        if ch == "\n":
            out.append("\\n")
        elif ch in ('"', "\\") or b < 0x20 or b >= 0x7F:
            out.append(f"\\{b:03o}")
        else:
            out.append(ch)
    return "".join(out)


def main():
    wordnet_dir, actors_tsv, grammar_tsv, places_tsv, out_path = sys.argv[1:6]
    syn = synsets(os.path.join(wordnet_dir, "data.noun"))
    states, every_name = actor_names(actors_tsv)
    common = common_words(wordnet_dir) | person_words(os.path.join(wordnet_dir, "data.noun")) | not_places(grammar_tsv)

    def state_of(words):
        for w in words:
            if w.lower() in states:
                return states[w.lower()]
        return None

    def holonyms(off):
        return [o for sym, o in syn[off][1] if sym == "#p" and o in syn]

    state_synsets = {o for o, (words, _) in syn.items() if state_of(words)}
    state_synsets = {o for o in state_synsets if not any(h in state_synsets for h in holonyms(o))}

    found = {}
    for off, (words, pointers) in syn.items():
        if off in state_synsets or not any(sym == "@i" for sym, _ in pointers):
            continue
        state, frontier, seen = None, holonyms(off), set()
        for _ in range(5):  # city -> province -> region -> state is the deepest chain seen
            nxt = []
            for h in frontier:
                if h in state_synsets:
                    state = state_of(syn[h][0])
                    break
                if h not in seen:
                    seen.add(h)
                    nxt += holonyms(h)
            if state or not nxt:
                break
            frontier = nxt
        if not state:
            continue
        for w in words:
            w = re.sub(r"\(.*?\)", "", w).strip()
            parts = w.split()
            if not parts or not all(p[0].isupper() for p in parts):
                continue
            if w.lower() in every_name or w.lower() in common or (w.isupper() and len(w) <= 4):
                continue
            found.setdefault(w, set()).add(state)

    table = {w: next(iter(s)) for w, s in found.items() if len(s) == 1}
    ids = actor_ids(actors_tsv)
    for place, state in listed_places(places_tsv):
        if state not in ids:
            sys.exit(f"{places_tsv}: unknown state id {state!r} for {place!r}")
        if place.lower() in every_name or place.lower() in common:
            continue
        table[place] = state
    rows = sorted(f"{w}\t{s}" for w, s in table.items())
    text = "\n".join(rows) + "\n"
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("// Generated by cmake/gen_place_table.py from WordNet 3.0 (wordnet-base): do not edit.\n")
        f.write("#include <string_view>\nnamespace irkg {\n")
        f.write("// place <TAB> state id, one a line (extract/claims/places.cpp reads it).\n")
        f.write("extern const std::string_view kWordNetPlaces;\n")
        data = text.encode("utf-8")
        chunks = [data[i:i + 4000] for i in range(0, len(data), 4000)]
        f.write("const std::string_view kWordNetPlaces =\n")
        for c in chunks:
            f.write("    " + '"' + c_escape(c) + '"\n')
        f.write(";\n}  // namespace irkg\n")


if __name__ == "__main__":
    main()
