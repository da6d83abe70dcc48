#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Tokdeck's two entry points on a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, build, open the app on the built-in sandbox
#   scripts/dev.sh test   install what is missing, build (warnings are errors), run every test
# Run as root or as a user with sudo (only for apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

install_missing_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' packaging/debian/build-deps.txt | awk 'NF {print $1}')
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build <preset> [target]: configure, then build one target (and what it links) or everything.
build() {
    local preset=$1 target=${2:-}
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" ${target:+--target "$target"}
}

case "${1:-}" in
run)
    install_missing_packages
    # Only the app and what it links: tests and benchmarks are for `test`.
    build dev tokdeck
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found. On a headless machine run: xvfb-run scripts/dev.sh run" >&2
        exit 1
    fi
    # --sandbox: the built-in stand-in of Crosspostify, no key and no network needed.
    exec build/dev/ui/tokdeck --sandbox
    ;;
test)
    install_missing_packages
    build ci
    ctest --preset ci
    ;;
*)
    echo "usage: scripts/dev.sh run | test" >&2
    exit 2
    ;;
esac
