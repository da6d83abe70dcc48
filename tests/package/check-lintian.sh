#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package (scripts/package.sh) and runs lintian on it: any error fails; the
# warnings and notes are printed for the record.
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(scripts/package.sh | tail -n 1)
[ -f "$deb" ] || { echo "FAIL: scripts/package.sh printed no .deb path (got \"$deb\")" >&2; exit 1; }
echo "lintian on $deb"
# No tag is suppressed. --pedantic off: its tags are style opinions, not policy.
"${LINTIAN:-lintian}" --fail-on error --info --display-level ">=info" --tag-display-limit 0 "$deb"
echo "lintian: no errors"
