// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"
#include "domain/PostRequest.h"
#include "rules/PostRules.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

class CliSession;

// `tokdeck-cli post video|photo|slideshow FILE... --account ID... --caption TEXT [--title T]
// [--aigc] [--at WHEN]`: validate locally (nothing is sent if anything is rejected), then
// upload with progress and create the post; prints the post ID.
class PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(PostCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);

private:
    struct Input
    {
        PostCheckInput check;
        QStringList files;
    };

    static std::optional<Input> readArguments(const QCommandLineParser &parser);
    static ValidationIssues inspectFiles(Input &input);
    static bool report(const ValidationIssues &issues); // prints; true if any rejection
    static int upload(CliSession &session, const Input &input);
};

} // namespace tokdeck::cli
