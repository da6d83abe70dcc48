#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from .clang-format, so diffs stay about behaviour.
# Run from anywhere; prints each unformatted file. Fix with: clang-format -i <file>
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r file; do
    if ! "${CLANG_FORMAT:-clang-format}" --dry-run -Werror "$file" >/dev/null 2>&1; then
        echo "not formatted: $file" >&2
        status=1
    fi
done < <(git ls-files '*.cpp' '*.h')
exit $status
