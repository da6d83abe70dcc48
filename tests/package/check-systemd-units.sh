#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# systemd-analyze verify on the outbox timer's units, filled in as the app writes them (the
# built tokdeck-cli, with and without an Environment= line), as user units. Any line it
# prints (an unknown key is only a warning to systemd) fails the test.
# --man=no: the Documentation= man page is not installed in a build tree.
# XDG_RUNTIME_DIR: the user manager's lookup needs one; a container has none.
set -euo pipefail
template="$1" timer="$2" cli="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
status=0
for environment in '' 'Environment="TOKDECK_DATA_DIR=/tmp/a folder/100%%"'; do
    rm -rf "$work/units" && mkdir -p "$work/units"
    sed -e "s|@TOKDECK_CLI@|\"$cli\"|" "$template" >"$work/units/tokdeck-outbox.service.tmp"
    if [ -n "$environment" ]; then
        sed -i -e "s|^@TOKDECK_ENVIRONMENT@\$|$environment|" "$work/units/tokdeck-outbox.service.tmp"
    else
        sed -i -e '/^@TOKDECK_ENVIRONMENT@$/d' "$work/units/tokdeck-outbox.service.tmp"
    fi
    mv "$work/units/tokdeck-outbox.service.tmp" "$work/units/tokdeck-outbox.service"
    cp "$timer" "$work/units/tokdeck-outbox.timer"
    if grep -q '@TOKDECK_' "$work/units/tokdeck-outbox.service"; then
        echo "a placeholder was left in the service:" >&2
        cat "$work/units/tokdeck-outbox.service" >&2
        status=1
    fi
    output="$(cd "$work/units" && systemd-analyze verify --user --man=no \
        ./tokdeck-outbox.service ./tokdeck-outbox.timer 2>&1)" || status=1
    if [ -n "$output" ]; then
        echo "$output" >&2
        status=1
    fi
done
grep -qx 'OnCalendar=minutely' "$timer" || { echo "the timer does not run every minute" >&2; status=1; }
grep -qx 'Persistent=true' "$timer" || { echo "the timer does not catch up after sleep" >&2; status=1; }
grep -q '^ExecStart=@TOKDECK_CLI@ outbox run --once$' "$template" \
    || { echo "the service does not run 'outbox run --once'" >&2; status=1; }
[ "$status" -eq 0 ] && echo "systemd units verified"
exit "$status"
