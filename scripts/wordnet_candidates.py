#!/usr/bin/env python3
"""Propose relation-pattern candidates from WordNet (Debian's wordnet-base).

For each verb (or noun with --noun) given, prints its synonyms and troponyms (verbs: the
ways of doing it, "criticize" -> lambaste, castigate ...; nouns: hyponyms), one a line
with the sense's gloss, most frequent senses first, so a reviewer can pick the ones that
relate two actors in news and write them into data/relations/ with a test sentence.
Nothing is accepted automatically: sense matters ("a trade deal" is no alliance).

  scripts/wordnet_candidates.py criticize condemn
  scripts/wordnet_candidates.py --noun sanction
"""
import sys

WORDNET = "/usr/share/wordnet"


def load_index(pos):
    index = {}
    with open(f"{WORDNET}/index.{pos}", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[4 + p_cnt + 2:]
            index[lemma] = offsets[:synset_cnt]
    return index


def read_synset(pos, offset, cache={}):
    key = (pos, offset)
    if key not in cache:
        with open(f"{WORDNET}/data.{pos}", encoding="latin-1") as f:
            f.seek(int(offset))
            line = f.readline()
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        w_cnt = int(parts[3], 16)
        words = [parts[4 + 2 * k].replace("_", " ") for k in range(w_cnt)]
        at = 4 + 2 * w_cnt
        p_cnt = int(parts[at])
        pointers = []
        for k in range(p_cnt):
            sym, off, ptr_pos = parts[at + 1 + 4 * k: at + 4 + 4 * k]
            pointers.append((sym, off, ptr_pos))
        cache[key] = (words, pointers, gloss.strip())
    return cache[key]


def main():
    args = sys.argv[1:]
    pos = "noun" if "--noun" in args else "verb"
    words = [a for a in args if not a.startswith("--")]
    if not words:
        sys.exit(__doc__)
    index = load_index(pos)
    for word in words:
        offsets = index.get(word.replace(" ", "_").lower())
        if not offsets:
            print(f"{word}: not in WordNet ({pos})")
            continue
        for sense, offset in enumerate(offsets, 1):
            synonyms, pointers, gloss = read_synset(pos, offset)
            print(f"{word} sense {sense}: {gloss}")
            print("  synonyms:  " + ", ".join(w for w in synonyms if w != word))
            below = []
            for sym, off, ptr_pos in pointers:
                if sym == "~":  # troponym (verbs), hyponym (nouns)
                    below.extend(read_synset(pos, off)[0])
            if below:
                print("  " + ("troponyms: " if pos == "verb" else "hyponyms:  ") + ", ".join(dict.fromkeys(below)))


if __name__ == "__main__":
    main()
