// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli media check FILE...`: one line per finding (what breaks or bends a rule, what
// Tokdeck can fix); exit 3 when something blocks and cannot be fixed.
// `tokdeck-cli media fix FILE... [-o DIR]`: writes fixed copies (default: fixed/ in the data
// folder), progress on stderr, one path per file on stdout (the original when it needs no
// fix); exit 0 when every file is ready to post.
class MediaCommand
{
    Q_DECLARE_TR_FUNCTIONS(MediaCommand)

public:
    static CommandUsage usage(); // --help (cli/CommandHelp.h)
    static int run(const QCommandLineParser &parser);

private:
    static int check(const QStringList &files);
    static int fix(const QStringList &files, const QString &outputFolder);
};

} // namespace tokdeck::cli
