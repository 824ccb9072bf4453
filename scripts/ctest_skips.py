#!/usr/bin/env python3
"""Fails when a ctest run skipped or did not run any test, and says why for each.

Usage: ctest_skips.py JUNIT_XML  (written by `ctest --output-junit`)

ctest exits 0 when tests are skipped (a script's SKIP_RETURN_CODE, a GoogleTest
GTEST_SKIP matched by gtest_discover_tests' SKIP_REGULAR_EXPRESSION) or disabled, so a
machine that lacks a tool or a data set would pass without running them. A GoogleTest
skip that was not recognised as one (an older gtest_discover_tests) counts as well."""
import sys
import xml.etree.ElementTree as ET

NOT_RUN = {"notrun", "disabled", "skipped"}


def reason(output):
    """The test's own last lines, without GoogleTest's banners ("[ RUN      ]", ...)."""
    noise = ("[", "Running main()", "Note: Google Test filter")
    lines = [l for l in output.splitlines() if l.strip() and not l.startswith(noise)]
    return (lines or ["(no output)"])[-4:]


def main(path):
    root = ET.parse(path).getroot()
    cases = root.iter("testcase")
    skipped = []
    total = 0
    for case in cases:
        total += 1
        out = case.findtext("system-out") or ""
        if (case.get("status") in NOT_RUN or case.find("skipped") is not None
                or "[  SKIPPED ]" in out):
            skipped.append((case.get("name"), reason(out)))
    if total == 0:
        print("ctest ran no tests", file=sys.stderr)
        return 1
    if not skipped:
        return 0
    print(f"\n{len(skipped)} of {total} tests were skipped; every test must run:", file=sys.stderr)
    for name, why in skipped:
        print(f"  {name}", file=sys.stderr)
        for line in why:
            print(f"      {line.strip()}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
