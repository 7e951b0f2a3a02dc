#!/usr/bin/env python3
"""Lists the unfinished messages of a Qt .ts file as JSON, for translators.

    scripts/ts-export.py translations/sspr-doctor_de.ts [--part N/M] > todo.json

Each item: {"key": "<context>\\u0004<source>\\u0004<comment>", "context", "source",
"comment", "numerus"}. --part N/M splits the contexts into M groups of similar size and
keeps group N (1-based), so several people can translate one file at once.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            yield name, message, translation


def main():
    path = sys.argv[1]
    part = None
    if "--part" in sys.argv:
        n, m = sys.argv[sys.argv.index("--part") + 1].split("/")
        part = (int(n), int(m))
    items = []
    for context, message, translation in messages(path):
        if translation is not None and translation.get("type") not in ("unfinished",):
            continue
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        items.append({
            "key": "\u0004".join([context, source, comment]),
            "context": context,
            "source": source,
            "comment": comment,
            "numerus": message.get("numerus") == "yes",
        })
    if part:
        contexts = sorted({i["context"] for i in items})
        sizes = {c: sum(len(i["source"]) for i in items if i["context"] == c) for c in contexts}
        groups = [[] for _ in range(part[1])]
        totals = [0] * part[1]
        for c in sorted(contexts, key=lambda c: -sizes[c]):
            g = totals.index(min(totals))
            groups[g].append(c)
            totals[g] += sizes[c]
        keep = set(groups[part[0] - 1])
        items = [i for i in items if i["context"] in keep]
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
    print(file=sys.stderr, end=f"ts-export: {len(items)} messages\n")


main()
