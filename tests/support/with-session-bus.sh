#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test on a private D-Bus session bus of its own (dbus-run-session), so what it
# registers there (a notification server) never meets the developer's desktop, and a test
# that wants no notification server on the bus really has none.
set -euo pipefail
exec dbus-run-session -- "$@"
