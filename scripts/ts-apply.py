#!/usr/bin/env python3
"""Applies translations from JSON files to a Qt .ts file and marks them finished.

    scripts/ts-apply.py translations/sspr-doctor_de.ts done1.json [done2.json ...]

Each JSON file maps the "key" of scripts/ts-export.py to the translation: a string, or for
numerus messages a list of plural forms in the language's order (German and French: 2).
Placeholders (%1, %n, &-shortcuts' presence) must match the source; mismatches are
reported and left unfinished.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text)))


def main():
    path, files = sys.argv[1], sys.argv[2:]
    done = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            done.update(json.load(fh))
    tree = ET.parse(path)
    applied = problems = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            key = "\u0004".join([name, source, message.findtext("comment") or ""])
            if key not in done:
                continue
            value = done[key]
            forms = value if isinstance(value, list) else [value]
            bad = [f for f in forms if placeholders(f) != placeholders(source)
                   and not (message.get("numerus") == "yes"
                            and placeholders(f) == [p for p in placeholders(source) if p != "%n"])]
            if bad or not all(f.strip() for f in forms):
                print(f"ts-apply: placeholders differ in [{name}] {source!r}: {bad}", file=sys.stderr)
                problems += 1
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            applied += 1
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="unicode")
        fh.write("\n")
    print(f"ts-apply: {applied} applied, {problems} refused", file=sys.stderr)
    return 1 if problems else 0


sys.exit(main())
