# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Bash completion for tokdeck-cli: its commands, their sub-commands, its options, files where a
# command takes files. Installed as /usr/share/bash-completion/completions/tokdeck-cli (loaded
# on demand by bash-completion).

_tokdeck_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        # Without bash-completion's helpers (a plain shell, the tests): the same variables.
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]:-}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local commands="accounts post key drafts posts resolve delete duplicate unschedule schedule
                    slots outbox export import media sandbox team help"
    local options="--help --version --api-url --account --caption --title --aigc --at --queue
                   --tz --port --from --to --once --schedule --state --json --output
                   --sandbox-key --fix --comment --password-stdin"

    # Options that take a value: complete nothing for free text, files or accounts otherwise.
    case $prev in
    --caption | --title | --at | --from | --to | --port | --api-url | --account | --sandbox-key | \
        --tz | --comment)
        return
        ;;
    --state)
        mapfile -t COMPREPLY < <(compgen -W "draft ready uploading submitting scheduled published
                                              failed needs_attention in_review" -- "$cur")
        return
        ;;
    -o | --output)
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return
        ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi

    # The command is the first word that is not an option (or an option's value).
    local i command="" position=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --caption | --title | --at | --from | --to | --port | --api-url | --account | \
            --sandbox-key | --tz | --state | -o | --output | --comment)
            i=$((i + 1))
            ;;
        -*) ;;
        *)
            if [ -z "$command" ]; then command=${words[i]}; fi
            position=$((position + 1))
            ;;
        esac
    done

    case $command in
    "")
        mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        ;;
    post)
        # post video|photo|slideshow FILE..., or team review: post submit|approve|... ID.
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "video photo slideshow submit approve reject
                                                  withdraw audit" -- "$cur")
        elif [[ " submit approve reject withdraw audit " == *" ${words[2]} "* ]]; then
            return 0
        else
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
        ;;
    key)
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "set check delete" -- "$cur")
        fi
        ;;
    slots)
        # slots set ACCOUNT "SPEC" [--tz ZONE] | clear ACCOUNT | show: the rest is the user's.
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "set clear show" -- "$cur")
        fi
        ;;
    outbox)
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "run" -- "$cur")
        fi
        ;;
    export)
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "ics" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
        ;;
    import)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    media)
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "check fix" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
        ;;
    resolve)
        # resolve ID published|send-again: the id is the user's to type.
        if [ $position -eq 2 ]; then
            mapfile -t COMPREPLY < <(compgen -W "published send-again" -- "$cur")
        fi
        ;;
    team)
        # team init URL | add-member NAME ROLE | show | require-approval on|off
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "init add-member show require-approval" -- "$cur")
        elif [ $position -eq 3 ] && [ "${words[2]}" = add-member ]; then
            mapfile -t COMPREPLY < <(compgen -W "viewer editor approver admin" -- "$cur")
        elif [ $position -eq 2 ] && [ "${words[2]}" = require-approval ]; then
            mapfile -t COMPREPLY < <(compgen -W "on off" -- "$cur")
        fi
        ;;
    help)
        if [ $position -eq 1 ]; then
            mapfile -t COMPREPLY < <(compgen -W "${commands% help}" -- "$cur")
        fi
        ;;
    esac
    return 0
}
complete -o filenames -F _tokdeck_cli tokdeck-cli
