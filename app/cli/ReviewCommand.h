// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

struct CommandUsage;

// `tokdeck-cli post submit|approve|withdraw ID`, `post reject ID --comment TEXT` and
// `post audit ID [--json]`: team review of a post, and who changed its state. Exit codes: 0
// done, 2 bad or unknown id, 3 refused (its state, the team's rules, or the server: the
// message says why and who to ask), 6 the database failed.
class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    static bool handles(const QString &subcommand); // "submit", "approve", ...
    static CommandUsage usage();
    static int run(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
