#!/usr/bin/env python3
"""Compiles Brill's tagger data (Debian python3-pattern) and WordNet's exception lists
(Debian wordnet-base) into C++ tables, at build time, so the tagger loads nothing at run
time and the repository carries none of the data.

Strings go into one blob; lookups are open-addressing hash tables (FNV-1a, linear probing)
computed here and probed by extract/claims/tag_tables.cpp with the same hash, so a lookup
is a hash of a string_view and one or two compares, with no start-up cost.

usage: gen_tag_tables.py PATTERN_EN_DIR WORDNET_DIR OUT.cpp
"""
import os
import sys

# Penn tags as spelled in extract/claims/pos.h; tags outside the enum map to these names.
ENUM = {"PRP$": "PRPS", "WP$": "WPS", "NP": "NNP", "NPS": "NNPS", "$": "SYM", "#": "SYM"}
PENN = set("CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP RB RBR RBS RP SYM TO UH "
           "VB VBD VBG VBN VBP VBZ WDT WP WRB".split())
PUNCT = set([".", ",", ":", "``", "''", "(", ")", '"', "-LRB-", "-RRB-", "HYPH", "NFP"])


def pos(tag):
    """The enum constant for a tag, None when the tag is not a part of speech."""
    tag = tag.split("|")[0]
    if tag == "STAART":
        return "Pos::None"  # the sentence boundary
    if tag in ENUM:
        return "Pos::" + ENUM[tag]
    if tag in PENN:
        return "Pos::" + tag
    if tag in PUNCT:
        return "Pos::Punct"
    return None


def lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(";;;") or not line.strip():
                continue
            yield line.split()


class Strings:
    def __init__(self):
        self.blob = bytearray()
        self.refs = [(0, 0)]  # id 0 is the empty string, which marks an empty slot
        self.ids = {"": 0}

    def id(self, s):
        if s not in self.ids:
            b = s.encode("utf-8")
            self.ids[s] = len(self.refs)
            self.refs.append((len(self.blob), len(b)))
            self.blob += b
        return self.ids[s]


def line_is_header(fields):
    return fields[0].isdigit() and len(fields) > 1 and not fields[1] in "nvar"


def fnv1a(b):
    h = 2166136261
    for c in b:
        h ^= c
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def hash_table(strings, items):
    """items: {key: value}; returns (slots, mask) with at most half the slots used."""
    size = 16
    while size < 2 * len(items):
        size *= 2
    slots = [(0, 0)] * size
    for key, value in items.items():
        i = fnv1a(key.encode("utf-8")) & (size - 1)
        while slots[i][0] != 0:
            i = (i + 1) & (size - 1)
        slots[i] = (strings.id(key), value)
    return slots, size - 1


def main():
    en, wn, out = sys.argv[1:4]
    S = Strings()
    tables = {}

    # Lexicon: a word's first tag is its most frequent one (Brill's start state).
    lexicon = {}
    for f in lines(os.path.join(en, "en-lexicon.txt")):
        if len(f) >= 2 and f[0] not in lexicon and pos(f[1]):
            lexicon[f[0]] = pos(f[1])
    tables["kLexicon"] = (lexicon, True)

    # Verbs: en-verbs.txt columns (pattern/text/en/inflect.py, Verbs.format): 0 infinitive,
    # 1-4 present (1sg, 2sg, 3sg, plural), 5 present participle, 6-9 past by person,
    # 10 past, 11 past participle; the rest are negated forms, not needed.
    rows, by_base, by_form = [], {}, {}
    for line in open(os.path.join(en, "en-verbs.txt"), encoding="utf-8"):
        if line.startswith(";;;") or not line.strip():
            continue
        cols = (line.strip().split(",") + [""] * 12)[:12]
        if not cols[0] or cols[0] in by_base:
            continue
        by_base[cols[0]] = len(rows)
        rows.append([S.id(c) for c in cols])
    # A form belongs to the first verb listing it ("left": leave).
    id_to_str = {v: k for k, v in S.ids.items()}
    for i, row in enumerate(rows):
        for c in row[1:]:
            if c and id_to_str[c] not in by_form:
                by_form[id_to_str[c]] = i
    tables["kVerbByBase"] = (by_base, False)
    tables["kVerbByForm"] = (by_form, False)

    # WordNet exception lists: "inflected base [base ...]"; the first base is kept.
    def exc(name, inverse=False):
        m = {}
        for f in lines(os.path.join(wn, name)):
            if len(f) < 2 or "_" in f[0]:
                continue
            k, v = (f[1], f[0]) if inverse else (f[0], f[1])
            m.setdefault(k, S.id(v))
        return m
    tables["kNounSingular"] = (exc("noun.exc"), False)
    tables["kNounPlural"] = (exc("noun.exc", inverse=True), False)
    tables["kAdjBase"] = (exc("adj.exc"), False)
    tables["kVerbExc"] = (exc("verb.exc"), False)

    # The WordNet parts of speech of each lexicon word (1 noun, 2 verb, 4 adjective, 8 adverb).
    # Brill's own lexicon lists every tag a word was seen with, and his tagger moves a known
    # word only among them; Pattern's keeps the most frequent tag alone, and WordNet's
    # indexes stand in for the rest.
    classes = {}
    for bit, name in ((1, "index.noun"), (2, "index.verb"), (4, "index.adj"), (8, "index.adv")):
        for f in lines(os.path.join(wn, name)):
            if f and not line_is_header(f):
                classes[f[0]] = classes.get(f[0], 0) | bit
    wn_classes = {}
    for w in lexicon:
        lw = w.lower()
        if lw in classes:
            wn_classes[lw] = classes[lw]
    tables["kWordNetClasses"] = (wn_classes, False)

    # Brill's lexical rules for unknown words: "NN s fhassuf 1 NNS x" (only if tagged NN)
    # or "ly hassuf 2 RB x" (any tag); the number is the affix length, implied by x.
    cmds = ["word", "char", "haspref", "hassuf", "addpref", "addsuf", "deletepref", "deletesuf",
            "goodleft", "goodright"]
    morph = []
    for r in lines(os.path.join(en, "en-morphology.txt")):
        if len(r) > 2 and r[2].lower().lstrip("f") in cmds and r[2].lower().startswith("f"):
            frm, x, cmd = pos(r[0]), r[1], r[2].lower()[1:]
        elif r[1].lower() in cmds:
            frm, x, cmd = "Pos::None", r[0], r[1].lower()
        else:
            raise SystemExit("gen_tag_tables: unreadable morphology rule: " + " ".join(r))
        to = pos(r[-2])
        if frm and to:
            morph.append("{%s, MorphCmd::%s, %s, %d}" % (frm, camel(cmd), to, S.id(x)))

    # Brill's contextual rules, in order: "FROM TO CMD X [Y]"; FROM "*" is any tag.
    word_cmds = {"curwd": "x", "prevwd": "x", "nextwd": "x", "prev1or2wd": "x", "next1or2wd": "x",
                 "prev1or2or3wd": "x", "next1or2or3wd": "x", "prevwdtag": "xT", "nextwdtag": "xT",
                 "wdprevtag": "Tx", "wdnexttag": "xT", "wdand2aft": "xx", "wdand2tagbfr": "Tx",
                 "wdand2tagaft": "xT", "lbigram": "xx", "rbigram": "xx"}
    context = []
    for r in lines(os.path.join(en, "en-context.txt")):
        cmd = r[2].lower()
        kinds = word_cmds.get(cmd, "TT")
        args = (r[3:5] + [""])[:2]
        xw = yw = 0
        xt = yt = "Pos::None"
        for k, a, slot in zip(kinds, args, ("x", "y")):
            if k == "x":
                (xw, yw) = (S.id(a), yw) if slot == "x" else (xw, S.id(a))
            elif a:
                t = pos(a)
                if t is None:
                    raise SystemExit("gen_tag_tables: unknown tag in context rule: " + " ".join(r))
                (xt, yt) = (t, yt) if slot == "x" else (xt, t)
                # Punctuation tags fold into Pos::Punct; the Penn tag (".", ",", "``", "''",
                # "-LRB-") goes into the slot's unused word id, so the tagger tells them apart.
                if t == "Pos::Punct":
                    (xw, yw) = (S.id(a), yw) if slot == "x" else (xw, S.id(a))
        frm = "Pos::None" if r[0] == "*" else pos(r[0])
        to = pos(r[1])
        if frm and to:
            context.append("{%s, %s, ContextCmd::%s, %s, %s, %d, %d}" % (frm, to, camel(cmd), xt, yt, xw, yw))

    # Build the hash tables last: every string is in the blob by now, or gets added here.
    built = {}
    for name, (items, is_pos) in tables.items():
        slots, mask = hash_table(S, {k: v for k, v in items.items()})
        built[name] = (slots, mask, is_pos)

    o = ['// Generated by cmake/gen_tag_tables.py from python3-pattern and wordnet-base. Do not edit.',
         '#include "extract/claims/tag_tables.h"', "", "namespace irkg::tag_tables {", ""]
    o.append("const char kText[] =")
    blob = bytes(S.blob)
    for i in range(0, len(blob), 96):
        o.append('  "' + "".join("\\%03o" % c if c < 32 or c > 126 or c in b'"\\?' else chr(c)
                                 for c in blob[i:i + 96]) + '"')
    o.append(";")
    o.append("const StringRef kStrings[] = {" + ",".join("{%d,%d}" % r for r in S.refs) + "};")
    o.append("const std::size_t kStringCount = %d;" % len(S.refs))
    for name, (slots, mask, is_pos) in built.items():
        vals = ",".join("{%d,%s}" % (k, ("static_cast<std::uint32_t>(%s)" % v if is_pos and k else v))
                        for k, v in slots)
        o.append("static const Slot %s_slots[] = {%s};" % (name, vals))
        o.append("const Table %s{%s_slots, %du};" % (name, name, mask))
    o.append("const VerbRow kVerbRows[] = {" + ",".join("{{" + ",".join(map(str, r)) + "}}" for r in rows) + "};")
    o.append("const std::size_t kVerbRowCount = %d;" % len(rows))
    o.append("const MorphRule kMorphology[] = {" + ",\n".join(morph) + "};")
    o.append("const std::size_t kMorphologyCount = %d;" % len(morph))
    o.append("const ContextRule kContext[] = {" + ",\n".join(context) + "};")
    o.append("const std::size_t kContextCount = %d;" % len(context))
    o.append("")
    o.append("}  // namespace irkg::tag_tables")
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")
    os.replace(tmp, out)


def camel(cmd):
    names = {"haspref": "HasPref", "hassuf": "HasSuf", "addpref": "AddPref", "addsuf": "AddSuf",
             "deletepref": "DeletePref", "deletesuf": "DeleteSuf", "goodleft": "GoodLeft",
             "goodright": "GoodRight", "prevtag": "PrevTag", "nexttag": "NextTag", "prev2tag": "Prev2Tag",
             "next2tag": "Next2Tag", "prev1or2tag": "Prev1or2Tag", "next1or2tag": "Next1or2Tag",
             "prev1or2or3tag": "Prev1or2or3Tag", "next1or2or3tag": "Next1or2or3Tag",
             "surroundtag": "SurroundTag", "curwd": "CurWd", "prevwd": "PrevWd", "nextwd": "NextWd",
             "prev1or2wd": "Prev1or2Wd", "next1or2wd": "Next1or2Wd", "prev1or2or3wd": "Prev1or2or3Wd",
             "next1or2or3wd": "Next1or2or3Wd", "prevwdtag": "PrevWdTag", "nextwdtag": "NextWdTag",
             "wdprevtag": "WdPrevTag", "wdnexttag": "WdNextTag", "wdand2aft": "WdAnd2Aft",
             "wdand2tagbfr": "WdAnd2TagBfr", "wdand2tagaft": "WdAnd2TagAft", "lbigram": "LBigram",
             "rbigram": "RBigram", "prevbigram": "PrevBigram", "nextbigram": "NextBigram",
             "word": "Word", "char": "Char"}
    if cmd not in names:
        raise SystemExit("gen_tag_tables: unknown rule command " + cmd)
    return names[cmd]


if __name__ == "__main__":
    main()
