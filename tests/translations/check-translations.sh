#!/usr/bin/env bash
# Every user-visible string goes through tr() and is translated for each shipped language
# (and every %n string has its English plural forms):
# lupdate over today's sources, applied to copies of the committed .ts files, must report no
# unfinished and no new entry. A string added without tr() never reaches lupdate; one added
# with tr() but not translated shows up here as unfinished.
set -euo pipefail
src=$1
project_in=$2 # the lupdate project CMake writes at configure time (sources, include paths)
generator=$3 # Qt's GenerateLUpdateProject.cmake, which turns it into lupdate's JSON
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/project.json"
cmake -DIN_FILE="$project_in" -DOUT_FILE="$project" -P "$generator"
status=0
for lang in de fr en; do
    # English ships only the plural forms of %n strings ("1 day" / "7 days").
    extra=(); [ "$lang" = en ] && extra=(-pluralonly)
    cp "$src/translations/sspr-doctor_$lang.ts" "$work/$lang.ts"
    python3 - "$project" "$work/$lang.json" "$work/$lang.ts" <<'PY'
import json, sys
project = json.load(open(sys.argv[1]))
project["translations"] = [sys.argv[3]]
json.dump(project, open(sys.argv[2], "w"))
PY
    "$lupdate" -silent -project "$work/$lang.json" -no-obsolete -locations none "${extra[@]}" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$work/$lang.ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "check-translations: $lang has $unfinished unfinished entries:" >&2
        python3 - "$work/$lang.ts" <<'PY' >&2
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter("context"):
    for m in ctx.iter("message"):
        t = m.find("translation")
        if t is not None and t.get("type") == "unfinished":
            print(f"  [{ctx.findtext('name')}] {m.findtext('source')}")
PY
        status=1
    fi
    empty=$(python3 - "$work/$lang.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
n = 0
for m in ET.parse(sys.argv[1]).getroot().iter("message"):
    t = m.find("translation")
    forms = [f.text for f in t.iter("numerusform")] if m.get("numerus") == "yes" else [t.text]
    n += sum(1 for f in forms if not (f or "").strip())
print(n)
PY
)
    if [ "$empty" -ne 0 ]; then
        echo "check-translations: $lang has $empty empty translations" >&2
        status=1
    fi
    total=$(grep -c '<message' "$work/$lang.ts")
    echo "check-translations: $lang: $total messages, $unfinished unfinished, $empty empty"
done
exit $status
