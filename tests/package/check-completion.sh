#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-completion.sh FILE: loads tokdeck-cli's bash completion into a plain bash and checks what
# it offers for a few command lines: every command, every option, sub-commands, files.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: check-completion.sh COMPLETION-FILE" >&2; exit 2; }
# shellcheck source=/dev/null
source "$1"
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/clip.mp4" "$work/shot.jpg"

# expect "WANTED WORDS" WORD...: completes the last WORD of "tokdeck-cli WORD..." and fails
# unless the offer is exactly WANTED WORDS (sorted).
expect() {
    local wanted=$1
    shift
    COMP_WORDS=(tokdeck-cli "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _tokdeck_cli
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
    wanted=$(printf '%s\n' $wanted | sort | xargs)
    if [ "$got" != "$wanted" ]; then
        echo "FAIL: tokdeck-cli $* <TAB> offered [$got], expected [$wanted]" >&2
        failures=$((failures + 1))
    fi
}

expect "accounts post key drafts posts resolve delete duplicate unschedule schedule slots outbox export import media sandbox team help" ""
expect "post posts" po
expect "--help --version --api-url --account --caption --title --aigc --at --queue --tz --port --from --to --once --schedule --state --json --output --sandbox-key --fix --comment --password-stdin" --
expect "--account --aigc --api-url --at" post video clip.mp4 --a
expect "video photo slideshow submit approve reject withdraw audit" post ""
expect "" post approve ""
expect "init add-member show require-approval" team ""
expect "viewer editor approver admin" team add-member eddie ""
expect "on off" team require-approval ""
expect "set check delete" key ""
expect "run" outbox ""
expect "set clear show" slots ""
expect "" slots set acc_1 --tz ""
expect "--queue" post photo shot.jpg --q
expect "ics" export ""
expect "" post photo --caption ""
expect "$work/shot.jpg" post photo "$work/sh"
expect "accounts" --api-url http://127.0.0.1:1 acc
expect "check fix" media ""
expect "--fix" post video clip.mp4 --fi
expect "--fix" import posts.csv --fi
expect "published send-again" resolve 12 ""
expect "failed" posts --state f
expect "post posts" help po

[ $failures -eq 0 ] && echo "bash completion: all checks passed"
exit $((failures > 0))
