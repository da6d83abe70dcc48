// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli delete ID`, `duplicate ID` (prints the new draft's id) and `unschedule ID`
// (ready or failed → draft): the app's Post menu for scripts, through the same named store
// operations. Exit codes: 0 done, 2 bad or unknown id, 3 the post's state does not allow it
// (the message names the state and what to do), 6 the data folder failed.
class PostActionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PostActionsCommand)

public:
    // --help of each (cli/CommandHelp.h).
    static CommandUsage removeUsage();
    static CommandUsage duplicateUsage();
    static CommandUsage unscheduleUsage();
    static CommandUsage resolveUsage();
    static int remove(const QCommandLineParser &parser);
    static int duplicate(const QCommandLineParser &parser);
    static int unschedule(const QCommandLineParser &parser);
    // `tokdeck-cli resolve ID published|send-again`: the user's answer for a post that may
    // have been published (needs attention): it was (→ published), or it was not (→ ready,
    // sent by the next outbox run). Nothing else may leave that state. After the hand-over
    // only the user knows what TikTok did: `resolve ID live URL` (a https tiktok.com link;
    // exit 3 otherwise) and `resolve ID failed REASON` (then `send-again` sends it to the
    // accounts that did not take it).
    static int resolve(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
