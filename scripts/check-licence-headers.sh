#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a tracked source file (C++, CMake, shell) lacks its SPDX licence line, so the
# licence stays stated file by file (REUSE style) as code is added.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r file; do
    if ! head -n 5 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "no SPDX-License-Identifier line: $file" >&2
        status=1
    fi
done < <(git ls-files '*.cpp' '*.h' '*.cc' 'CMakeLists.txt' '*/CMakeLists.txt' '*.cmake' '*.sh' '.ci/run')
exit $status
