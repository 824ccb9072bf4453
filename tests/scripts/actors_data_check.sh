#!/usr/bin/env bash
# Validates the actor dictionary data/actors.tsv against the format in data/README.md:
# field count and layout, id syntax per type, unique ids, known field names, members= and
# country references that resolve, dated roles with valid dates (from <= to), and names
# that do not point at two different actors (an ambiguous name would make the extractor's
# choice depend on load order). Prints "file:line: problem" for each problem; exit 1 if any.
# $1 (the irkg binary) is not needed: the check reads the source file.
set -euo pipefail
command -v python3 >/dev/null || { echo "python3 missing"; exit 77; }
root=$(cd "$(dirname "$0")/../.." && pwd)
file=${IRKG_ACTORS_TSV:-$root/data/actors.tsv}
[ -f "$file" ] || { echo "$file: missing"; exit 1; }

python3 - "$file" <<'PY'
import collections
import datetime
import re
import sys

path = sys.argv[1]
problems = []
TYPES = {"state", "territory", "igo", "group", "person"}
FIELDS = {"name", "adj", "metonym", "combining", "members", "role"}
ID_RULES = {
    "state": re.compile(r"[A-Z]{3}"),
    "territory": re.compile(r"[A-Z]{3}"),
    "igo": re.compile(r"[A-Z][A-Z0-9]*"),
    "group": re.compile(r"group:[a-z0-9]+(-[a-z0-9]+)*"),
    "person": re.compile(r"person:[a-z0-9]+(-[a-z0-9]+)*"),
}
ROLE_NAME = re.compile(r"[a-z][a-z_]*")


def problem(line_no, text):
    problems.append(f"{path}:{line_no}: {text}")


def parse_date(text):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def name_key(value):
    # All-upper-case values are matched case-sensitively (data/README.md), others not.
    return value if value.upper() == value and value.lower() != value else value.casefold()


# Offices with one holder per state at a time: two people holding one of them for the same
# state over more than a handover's couple of days means a wrong date.
SINGLE_HOLDER_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
HANDOVER_DAYS = 2
terms = collections.defaultdict(list)  # (country, role) -> [(start, end, id, line_no)]
entries = {}          # id -> (line_no, type)
references = []       # (line_no, referring id, referenced id, what)
names = {}            # (field group, key) -> (id, line_no)
try:
    raw_lines = open(path, encoding="utf-8").read().split("\n")
except UnicodeDecodeError as error:
    print(f"{path}:0: not valid UTF-8 ({error})")
    sys.exit(1)

for line_no, line in enumerate(raw_lines, 1):
    if not line.strip() or line.startswith("#"):
        continue
    if line != line.rstrip() or line != line.lstrip():
        problem(line_no, "leading or trailing whitespace")
    cols = line.split("\t")
    if len(cols) < 3:
        problem(line_no, f"expected at least 3 TAB-separated fields (id, type, country), got {len(cols)}")
        continue
    actor_id, actor_type, country = cols[0], cols[1], cols[2]
    if actor_type not in TYPES:
        problem(line_no, f"unknown type '{actor_type}'")
        continue
    if not ID_RULES[actor_type].fullmatch(actor_id):
        problem(line_no, f"id '{actor_id}' does not fit type {actor_type}")
    if actor_id in entries:
        problem(line_no, f"duplicate id '{actor_id}' (first on line {entries[actor_id][0]})")
    else:
        entries[actor_id] = (line_no, actor_type)
    if actor_type in ("state", "territory", "igo") and country != actor_id:
        problem(line_no, f"country '{country}' of a {actor_type} must be its own id")
    elif actor_type in ("group", "person"):
        references.append((line_no, actor_id, country, "country"))
    seen_fields = set()
    for col in cols[3:]:
        key, eq, value = col.partition("=")
        if not eq or key not in FIELDS:
            problem(line_no, f"bad field '{col[:40]}' (expected one of {sorted(FIELDS)} as key=value)")
            continue
        if key in seen_fields:
            problem(line_no, f"field '{key}' given twice")
        seen_fields.add(key)
        items = value.split("|")
        if any(item == "" or item != item.strip() for item in items):
            problem(line_no, f"empty or space-padded value in {key}=")
        if len({name_key(item) for item in items}) != len(items):
            problem(line_no, f"repeated value in {key}= (case-insensitive names match any case)")
        insensitive = {item.casefold() for item in items if name_key(item) != item or item.lower() == item}
        for item in items:
            if name_key(item) == item and item.lower() != item and item.casefold() in insensitive:
                problem(line_no, f"{key} '{item}' is redundant: a mixed-case value already matches it")
        for item in items:
            if key == "members":
                references.append((line_no, actor_id, item, "member"))
            elif key == "role":
                parts = item.split(":")
                if len(parts) != 3 or not ROLE_NAME.fullmatch(parts[0]):
                    problem(line_no, f"role '{item}' is not role:from:to")
                    continue
                start = parse_date(parts[1])
                end = parse_date(parts[2]) if parts[2] else None
                if start is None:
                    problem(line_no, f"role '{item}' has an invalid start date")
                if parts[2] and end is None:
                    problem(line_no, f"role '{item}' has an invalid end date")
                if start and end and start > end:
                    problem(line_no, f"role '{item}' ends before it starts")
                if start and parts[0] in SINGLE_HOLDER_ROLES and actor_type == "person":
                    terms[(country, parts[0])].append((start, end or datetime.date.max, actor_id, line_no))
            elif key in ("name", "metonym", "adj", "combining"):
                group = "adj" if key == "adj" else "combining" if key == "combining" else "name"
                slot = (group, name_key(item))
                if slot in names and names[slot][0] != actor_id:
                    other, other_line = names[slot]
                    problem(line_no, f"{key} '{item}' also denotes {other} (line {other_line})")
                else:
                    names.setdefault(slot, (actor_id, line_no))
    if actor_type == "person" and "role" not in seen_fields:
        problem(line_no, "person without role=")
    if actor_type != "person" and "role" in seen_fields:
        problem(line_no, "role= on a non-person")
    if actor_type != "igo" and "members" in seen_fields:
        problem(line_no, "members= on a non-organisation")

for line_no, actor_id, ref, what in references:
    if ref not in entries:
        problem(line_no, f"{what} '{ref}' of {actor_id} is not a defined id")
    elif what == "country" and entries[ref][1] not in ("state", "territory", "igo"):
        problem(line_no, f"country '{ref}' of {actor_id} is not a state, territory or organisation")

for (country, role), spans in terms.items():
    spans.sort()
    for i, (start, end, holder, line_no) in enumerate(spans):
        for other_start, other_end, other, other_line in spans[i + 1:]:
            if other_start >= end:
                break
            overlap = (min(end, other_end) - other_start).days
            if other != holder and overlap > HANDOVER_DAYS:
                problem(other_line, f"{other} is {role} of {country} from {other_start} while "
                                    f"{holder} (line {line_no}) still is, until {end}")

for text in problems:
    print(text)
if problems:
    sys.exit(1)
counts = {}
for _, actor_type in entries.values():
    counts[actor_type] = counts.get(actor_type, 0) + 1
print("actors.tsv ok: " + ", ".join(f"{n} {t}" for t, n in sorted(counts.items())))
PY
