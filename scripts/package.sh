#!/bin/sh
# Builds the Debian package (build-release/sspr-doctor_<version>_amd64.deb).
# Usage: scripts/package.sh      then: sudo apt install ./build-release/sspr-doctor_*.deb
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DSSPR_BUILD_TESTS=OFF
cmake --build build-release
(cd build-release && cpack -G DEB)
ls -l build-release/*.deb
