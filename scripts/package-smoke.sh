#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CI's check of the Debian package as a user gets it: build the .deb (scripts/package.sh),
# install it with apt, use the installed tokdeck-cli against its own sandbox, open the installed
# app under Xvfb until its window exists, then purge the package and check that none of its files
# is left. Run as root on a Debian 12 machine where `scripts/dev.sh test` ran (build-deps present).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$SECONDS

fail() {
    echo "package-smoke: FAIL: $*" >&2
    exit 1
}
step() { echo "package-smoke: $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and removes the tokdeck package."
for tool in apt-get dpkg xvfb-run xwininfo; do
    command -v "$tool" >/dev/null || fail "$tool is missing; install packaging/debian/build-deps.txt (scripts/dev.sh test does)."
done

work=$(mktemp -d)
sandbox_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

step "building the package"
deb=$(scripts/package.sh | tail -n 1)
[ -f "$deb" ] || fail "scripts/package.sh printed no .deb path (got \"$deb\")."

# A tokdeck of the same version already installed would make apt do nothing.
if dpkg-query -W -f='${Status}' tokdeck 2>/dev/null | grep -q "install ok installed"; then
    step "purging the tokdeck package installed before"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tokdeck >/dev/null
fi
step "installing $deb"
# apt reads a local file as the _apt user when it can; a copy in a world-readable folder avoids
# its "unsandboxed download" notice.
chmod 755 "$work"
cp "$deb" "$work/"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$work/$(basename "$deb")" >/dev/null \
    || fail "apt-get install of $deb failed."
dpkg -L tokdeck >"$work/files.txt"
[ -x /usr/bin/tokdeck ] && [ -x /usr/bin/tokdeck-cli ] || fail "/usr/bin/tokdeck or /usr/bin/tokdeck-cli is not installed."

step "tokdeck-cli --version"
version=$(/usr/bin/tokdeck-cli --version) || fail "/usr/bin/tokdeck-cli --version exited with $?."
echo "  $version"

step "a photo post through the installed CLI to its own sandbox"
/usr/bin/tokdeck-cli sandbox --port 0 >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '^TOKDECK_API_KEY=' "$work/sandbox.out" && break
    kill -0 "$sandbox_pid" 2>/dev/null || fail "tokdeck-cli sandbox exited: $(cat "$work/sandbox.out")"
    sleep 0.1
done
api_url=$(sed -n 's/^TOKDECK_API_URL=//p' "$work/sandbox.out")
api_key=$(sed -n 's/^TOKDECK_API_KEY=//p' "$work/sandbox.out")
[ -n "$api_url" ] && [ -n "$api_key" ] || fail "tokdeck-cli sandbox printed no TOKDECK_API_URL/KEY within 10 s."
export TOKDECK_API_URL=$api_url TOKDECK_API_KEY=$api_key TOKDECK_DATA_DIR=$work/cli-data
account=$(/usr/bin/tokdeck-cli accounts | head -n 1 | cut -f 1)
[ -n "$account" ] || fail "tokdeck-cli accounts listed no account on the sandbox."
post_id=$(/usr/bin/tokdeck-cli post photo "$root/tests/data/portrait.jpg" --account "$account" --caption smoke) \
    || fail "tokdeck-cli post photo exited with $? (see its message above)."
echo "  posted to $account: $post_id"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""
unset TOKDECK_API_URL TOKDECK_API_KEY TOKDECK_DATA_DIR

step "the installed app opens its window under Xvfb"
mkdir -p "$work/home" "$work/gui-data"
# Inside xvfb-run (it owns the display): start the app, poll for its window (at most 30 s), close it.
HOME=$work/home TOKDECK_DATA_DIR=$work/gui-data xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    /usr/bin/tokdeck --sandbox >"$1/app.log" 2>&1 &
    app=$!
    for _ in $(seq 300); do
        # The main window: named Tokdeck with the WM_CLASS Qt gives it ("tokdeck" "tokdeck");
        # Qt also makes a 1x1 helper window with the same name and no class.
        if xwininfo -root -tree 2>/dev/null | grep -q "\"Tokdeck\": (\"tokdeck\""; then
            kill -TERM "$app"
            wait "$app" 2>/dev/null
            exit 0
        fi
        kill -0 "$app" 2>/dev/null || { echo "tokdeck exited before showing a window:"; cat "$1/app.log"; exit 1; }
        sleep 0.1
    done
    kill -KILL "$app"
    echo "no window named Tokdeck within 30 s:"; cat "$1/app.log"
    exit 1
' window-check "$work" || fail "the installed tokdeck did not open its window."
echo "  window \"Tokdeck\" seen, app closed"

step "purging the package"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tokdeck >/dev/null || fail "apt-get purge tokdeck failed."
left=0
while IFS= read -r path; do
    case $path in /usr/*) ;; *) continue ;; esac
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        echo "  left behind: $path" >&2
        left=1
    elif [ -d "$path" ] && [ -z "$(ls -A "$path")" ] && ! dpkg -S "$path" >/dev/null 2>&1; then
        echo "  empty folder left behind: $path" >&2
        left=1
    fi
done <"$work/files.txt"
[ $left -eq 0 ] || fail "files of the tokdeck package are still under /usr after purging it."
echo "  nothing of the $(grep -c . "$work/files.txt") installed paths left"

step "passed in $((SECONDS - started)) s"
