#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Per-source agreement counts of the corpus (cases/*.txt), as markdown.

    tests/conformance/report.py [--write docs/conformance.md]

For a case from another parser's suite: agree when khttp accepts what
upstream accepts or refuses what it refuses (refusing includes never
answering an unfinished request); stricter when khttp refuses what upstream
accepts, where RFC 9110/9112 allows it (the case's "why" says by which
rule); differ when khttp accepts what upstream refuses (the "why" says why
that is RFC-conformant). A "why" that starts with agree:, stricter: or
differ: decides. Cases written from the RFCs agree by construction.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BEGIN, END = "<!-- conformance-counts begin -->", "<!-- conformance-counts end -->"


def cases(path):
    c = None
    for line in open(path, encoding="latin-1"):
        line = line.rstrip("\n")
        if line.startswith("case "):
            c = {"id": line[5:], "upstream": "-", "why": [], "status": 0, "worker": False,
                 "cls": 0}
            yield c
        elif c is None or not line or line.startswith("#"):
            continue
        elif line.startswith("upstream "):
            c["upstream"] = line[9:]
        elif line.startswith("why "):
            c["why"].append(line[4:])
        elif line.startswith("status "):
            c["status"] = int(line.split()[1])
            c["incomplete"] = "incomplete" in line
        elif line.startswith("worker"):
            c["worker"] = True
        elif line.startswith("class "):
            c["cls"] = int(line[6:])
        elif line.startswith("from "):
            c["from"] = line[5:]


def verdict(c):
    for w in c["why"]:
        m = re.match(r"(agree|stricter|differ):", w)
        if m:
            return m.group(1)
    if c["upstream"] == "-":
        return "agree"
    accepts = c["status"] < 400 and not c.get("incomplete")
    if c["upstream"] == "ok":
        return "agree" if accepts else "stricter"
    return "differ" if accepts else "agree"


def table():
    rows, differ = [], []
    total = {"agree": 0, "stricter": 0, "differ": 0, "n": 0}
    order = ["rfc", "abnf", "llhttp", "picohttpparser", "go"]
    files = sorted(glob.glob(os.path.join(HERE, "cases", "*.txt")),
                   key=lambda p: order.index(os.path.basename(p)[:-4])
                   if os.path.basename(p)[:-4] in order else 99)
    for path in files:
        name = os.path.basename(path)[:-4]
        n = {"agree": 0, "stricter": 0, "differ": 0}
        count = 0
        for c in list(cases(path)):
            v = verdict(c)
            n[v] += 1
            count += 1
            if v == "differ":
                differ.append((name, c["id"], "; ".join(c["why"])))
        for k in n:
            total[k] += n[k]
        total["n"] += count
        rows.append("| %s | %d | %d | %d | %d |" % (name, count, n["agree"], n["stricter"],
                                                 n["differ"]))
    out = ["| source | cases | agree | stricter (RFC allows) | differ |",
           "|---|---:|---:|---:|---:|"] + rows
    out.append("| **all** | **%d** | **%d** | **%d** | **%d** |" % (
        total["n"], total["agree"], total["stricter"], total["differ"]))
    out += ["", "Where khttp differs (it accepts what upstream refuses):", ""]
    out += ["- %s `%s`: %s" % d for d in differ]
    return "\n".join(out)


def main():
    t = table()
    if len(sys.argv) == 3 and sys.argv[1] == "--write":
        doc = open(sys.argv[2]).read()
        a, b = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        open(sys.argv[2], "w").write(doc[:a] + "\n" + t + "\n" + doc[b:])
    else:
        print(t)


if __name__ == "__main__":
    main()
