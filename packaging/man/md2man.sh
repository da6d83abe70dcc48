#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# md2man.sh SOURCE.md VERSION OUTPUT: turns one man page written in a small Markdown subset into
# roff, so each page has one readable source and needs no tool beyond awk at build time.
#   first line  "# name(1) -- one-line summary"  -> .TH and the NAME section
#   "## TITLE"                                   -> .SH TITLE
#   a paragraph whose first line starts with "`" -> .TP: that line is the term (an option, a
#                                                   command, a variable), the rest its text
#   a line indented by four spaces               -> a literal example (.nf/.fi)
#   a blank line                                 -> a new paragraph
#   **bold**, `code` (bold) and *italic* inline
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: md2man.sh SOURCE.md VERSION OUTPUT" >&2; exit 2; }
source=$1 version=$2 output=$3

awk -v version="$version" '
function escape(text) {
    gsub(/\\/, "\\e", text)
    gsub(/-/, "\\-", text)
    return text
}
function inline(text) {
    text = escape(text)
    while (match(text, /\*\*[^*]+\*\*/))
        text = substr(text, 1, RSTART - 1) "\\fB" substr(text, RSTART + 2, RLENGTH - 4) "\\fR" substr(text, RSTART + RLENGTH)
    while (match(text, /`[^`]+`/))
        text = substr(text, 1, RSTART - 1) "\\fB" substr(text, RSTART + 1, RLENGTH - 2) "\\fR" substr(text, RSTART + RLENGTH)
    while (match(text, /\*[^*]+\*/))
        text = substr(text, 1, RSTART - 1) "\\fI" substr(text, RSTART + 1, RLENGTH - 2) "\\fR" substr(text, RSTART + RLENGTH)
    # A line starting with . or '"'"' would be read as a roff request.
    if (text ~ /^[.'"'"']/) text = "\\&" text
    return text
}
NR == 1 {
    if (!match($0, /^# [^(]+\([0-9]\) -- /)) { print "md2man: line 1 must be \"# name(N) -- summary\"" > "/dev/stderr"; exit 1 }
    head = substr($0, 3)
    name = head; sub(/\(.*/, "", name)
    section = head; sub(/^[^(]*\(/, "", section); sub(/\).*/, "", section)
    summary = head; sub(/^[^ ]+ -- /, "", summary)
    printf ".TH \"%s\" \"%s\" \"2026-12-01\" \"Tokdeck %s\" \"User Commands\"\n", toupper(name), section, version
    print ".SH NAME"
    print escape(name) " \\- " inline(summary)
    next
}
/^    / {
    if (!literal) { print ".PP"; print ".nf"; print ".RS 4"; literal = 1 }
    print escape(substr($0, 5))
    next
}
literal { print ".RE"; print ".fi"; literal = 0 }
/^## / { print ".SH " toupper(substr($0, 4)); fresh = 1; next }
(pending || fresh) && /^`/ { print ".TP"; print inline($0); pending = 0; fresh = 0; next }
/^[ \t]*$/ { pending = 1; next }
{
    if (pending && !fresh) print ".PP"
    pending = 0; fresh = 0
    print inline($0)
}
END { if (literal) { print ".RE"; print ".fi" } }
' "$source" > "$output.tmp"
mv "$output.tmp" "$output"
