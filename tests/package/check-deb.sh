#!/usr/bin/env bash
# Builds the .deb from this build tree with cpack, then checks what a user would get: the
# package metadata and dependencies, the files it installs (binary, menu entry, metainfo,
# icon), that the menu entry and metainfo validate, and that the installed binary starts
# (--version, a headless demo run) from the unpacked package rather than the build tree.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/sspr-doctor_*_amd64.deb)
fail() { echo "check-deb: $*" >&2; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6network6 libqt6networkauth6 libqt6httpserver6 qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = sspr-doctor ] || fail "wrong package name"

dpkg-deb -x "$deb" "$work/root"
app_id=org.ssprdoctor.SsprDoctor
for f in usr/bin/sspr-doctor usr/share/applications/$app_id.desktop \
         usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    [ -e "$work/root/$f" ] || fail "package lacks /$f"
done
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"

bin="$work/root/usr/bin/sspr-doctor"
"$bin" --version | grep -q '^sspr-doctor ' || fail "--version does not answer"
rc=0
QT_QPA_PLATFORM=offscreen "$bin" --headless --demo healthy --no-probes --json "$work/s.json" >/dev/null || rc=$?
[ -s "$work/s.json" ] || fail "the packaged binary wrote no session (exit $rc)"
echo "check-deb: $(basename "$deb") ok ($(du -h "$deb" | cut -f1))"
