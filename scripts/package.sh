#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package: a Release build without tests in build/package (Debian's hardening
# flags from dpkg-buildflags; CPack strips the binaries), then cpack. The last line printed is the
# .deb's path, for the scripts and the test that use it.
#   TOKDECK_JOBS=N   parallel compile jobs (default: all cores)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/package
jobs=${TOKDECK_JOBS:-$(nproc)}

for tool in cmake cpack dpkg-buildflags dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || {
        echo "package.sh: $tool is missing; install the build dependencies first (scripts/dev.sh test does)." >&2
        exit 1
    }
done

# Debian's usual flags (fortify, stack protector, relro, bindnow): lintian checks for them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CXXFLAGS=$(dpkg-buildflags --get CXXFLAGS) CPPFLAGS=$(dpkg-buildflags --get CPPFLAGS)
LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
# Without -g: the package ships no debug symbols, and the build is quicker.
CXXFLAGS=${CXXFLAGS//-g /}
export CXXFLAGS="$CXXFLAGS $CPPFLAGS" LDFLAGS

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "$jobs"
# A stale package of an earlier version must not be picked up by a glob.
rm -f "$build"/tokdeck_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/tokdeck_*.deb)
echo "$deb"
