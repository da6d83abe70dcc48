#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# talks to a real Secret Service. The keyring lives in a throwaway HOME.
set -euo pipefail
if [ -z "${TOKDECK_IN_KEYRING_SESSION:-}" ]; then
    export TOKDECK_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
export HOME="$(mktemp -d)"
# Removed on every exit, also an early one when a step below fails under set -e.
trap 'rm -rf "$HOME"' EXIT
# All XDG dirs inside the throwaway HOME: a developer's own XDG_CONFIG_HOME would win over HOME.
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# An empty password unlocks the login keyring non-interactively.
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
exit "$status"
